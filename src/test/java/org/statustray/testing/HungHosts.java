package org.statustray.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hosts, each on its own loopback address ({@code 127.0.block.1} and up, as the fault suite's sites), that accept
 * every connection and never answer: a request to one ends only at the client's timeout.
 */
public final class HungHosts implements AutoCloseable {
    private final List<ServerSocket> listeners = new ArrayList<>();
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    public HungHosts(int block, int count) {
        try {
            for (int n = 1; n <= count; n++) {
                ServerSocket listener = new ServerSocket();
                listeners.add(listener);
                listener.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, (byte) block, (byte) n}), 0), 100);
                Thread acceptor = new Thread(() -> accept(listener), "hung-host-" + block + "." + n);
                acceptor.setDaemon(true);
                acceptor.start();
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.block.n:PORT} of each host, with no trailing slash. */
    public List<String> roots() {
        return listeners.stream().map(l -> "http://" + l.getInetAddress().getHostAddress() + ":" + l.getLocalPort()).toList();
    }

    /** How many connections they have accepted (each one a request left unanswered). */
    public int connections() {
        return held.size();
    }

    private void accept(ServerSocket listener) {
        while (!listener.isClosed()) {
            try {
                held.add(listener.accept());
            } catch (IOException e) {
                // closed: the test is over
            }
        }
    }

    @Override
    public void close() {
        listeners.forEach(HungHosts::closeQuietly);
        held.forEach(HungHosts::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // already closed, by the client or before
        }
    }
}
