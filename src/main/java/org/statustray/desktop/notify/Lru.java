package org.statustray.desktop.notify;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map that forgets its least recently used entries beyond a limit. Not thread-safe. */
final class Lru {
    private Lru() {
    }

    static <K, V> Map<K, V> map(int limit) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > limit;
            }
        };
    }
}
