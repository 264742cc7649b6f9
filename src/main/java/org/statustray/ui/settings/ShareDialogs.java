package org.statustray.ui.settings;

import java.nio.file.Path;
import java.util.Optional;

/** The dialogs of sharing services, behind a seam so that tests never open a native one. */
interface ShareDialogs {
    /** The file to export to, {@code suggested} offered; empty when the user cancelled. */
    Optional<Path> exportTo(Path suggested);

    /** The file to import, looked for first in {@code folder}; empty when the user cancelled. */
    Optional<Path> importFrom(Path folder);

    /** Shows what importing will do; true when the user goes ahead ({@code anyNew}: there is something to add). */
    boolean confirmImport(String summary, boolean anyNew);
}
