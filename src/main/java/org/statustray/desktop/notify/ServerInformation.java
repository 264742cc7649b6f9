package org.statustray.desktop.notify;

import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.Position;

/**
 * What {@code GetServerInformation} answers: name, vendor, version and spec version (all strings). dbus-java
 * marshals a tuple by its type arguments, hence the type parameters.
 */
public final class ServerInformation<N, V, R, S> extends Tuple {
    @Position(0)
    private final N name;
    @Position(1)
    private final V vendor;
    @Position(2)
    private final R version;
    @Position(3)
    private final S specVersion;

    public ServerInformation(N name, V vendor, R version, S specVersion) {
        this.name = name;
        this.vendor = vendor;
        this.version = version;
        this.specVersion = specVersion;
    }

    public N name() {
        return name;
    }

    public V vendor() {
        return vendor;
    }

    public R version() {
        return version;
    }

    public S specVersion() {
        return specVersion;
    }
}
