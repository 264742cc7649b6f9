package org.statustray.fetch;

import java.io.IOException;

/** Signals that a body went past the configured cap; never leaves the package. */
final class BodyTooLargeException extends IOException {
    BodyTooLargeException() {
        super("body too large");
    }
}
