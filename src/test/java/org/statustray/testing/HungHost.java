package org.statustray.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A host on its own loopback address ({@code 127.0.block.n}, as the fault suite's sites) that accepts every
 * connection and never answers: a request to it ends only at the client's timeout.
 */
public final class HungHost implements AutoCloseable {
    private final ServerSocket listener;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    public HungHost(int block, int n) {
        try {
            listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, (byte) block, (byte) n}), 0), 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "hung-host-" + block + "." + n);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** {@code http://127.0.block.n:PORT} with no trailing slash. */
    public String root() {
        return "http://" + listener.getInetAddress().getHostAddress() + ":" + listener.getLocalPort();
    }

    /** How many connections it has accepted (each one a request it left unanswered). */
    public int connections() {
        return held.size();
    }

    private void accept() {
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
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
        for (Socket s : held) {
            try {
                s.close();
            } catch (IOException e) {
                // already closed by the client
            }
        }
    }
}
