package org.statustray.fetch;

/** Why a fetch produced no usable body. */
public enum FailureKind {
    /** No (complete) answer: DNS, refused, reset, timeout, bad redirect. */
    UNREACHABLE,
    /** The server answered with an error or otherwise unusable status. */
    HTTP_STATUS,
    /** The body could not be decoded (corrupt or unsupported content encoding). */
    UNREADABLE,
    /** The body exceeded {@link FetchSettings#maxBodyBytes()}. */
    TOO_LARGE
}
