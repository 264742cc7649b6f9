package org.statustray.model;

/**
 * Why a probe got no usable answer. The kinds are what tells "this machine" from "that service": every probe
 * failing with {@link #DNS} or {@link #UNREACHABLE} points at this machine's network.
 */
public enum ProbeFailure {
    /** The name has no address (or the resolver does not answer). */
    DNS,
    /** No route, or the connection was refused or reset before any answer. */
    UNREACHABLE,
    /** No answer within the timeout (connect, handshake or first byte). */
    TIMEOUT,
    /** The TLS handshake failed: an untrusted certificate, a wrong name, no common protocol. */
    TLS,
    /** The server answered 5xx: it is there but failing. */
    SERVER_ERROR,
    /** Anything else: an answer that is not HTTP. */
    OTHER
}
