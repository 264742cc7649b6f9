package org.statustray.store;

import java.util.Objects;

/**
 * A store that opened fine failed later (disk full, file removed, store closed). Unchecked, like
 * {@link java.io.UncheckedIOException}, so callers on a poll thread can catch it in one place.
 */
public final class UncheckedStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UncheckedStoreException(StoreException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized StoreException getCause() {
        return (StoreException) Objects.requireNonNull(super.getCause()); // the constructor's
    }
}
