package org.statustray.ui.settings;

import java.net.URI;
import java.util.List;
import org.statustray.model.Component;
import org.statustray.model.Status;

/** What detecting a typed address found: the page's name, its format, its status now and its components. */
public record DetectedPage(URI address, String name, String format, Status status, String description,
        List<Component> components) {

    public DetectedPage {
        components = List.copyOf(components);
    }
}
