/**
 * What differs per operating system and user, in one place: where the files live, files only the user may
 * read, starting at login, and the mark that the welcome was shown. Depends on the JDK alone.
 */
@NullMarked
package org.statustray.platform;

import org.jspecify.annotations.NullMarked;
