package org.statustray.faults;

/** One way a status page's server, or the network in front of it, can misbehave. */
enum Fault {
    REFUSED("connection refused"),
    UNRESOLVABLE("host name does not resolve"),
    NO_ANSWER("accepts, then never answers"),
    SLOW_DRIP("sends the body at 1 byte/s"),
    RESET_MID_BODY("resets the connection mid-body"),
    HTTP_500("500 Internal Server Error"),
    HTTP_502("502 Bad Gateway"),
    HTTP_503("503 Service Unavailable"),
    TOO_MANY_REQUESTS("429 with Retry-After"),
    REDIRECT_LOOP("redirects to itself"),
    REDIRECT_TO_FILE("redirects to file:///etc/hostname"),
    CAPTIVE_PORTAL("a captive portal's HTML sign-in page with 200"),
    TRUNCATED("closes before the declared length"),
    WRONG_JSON_TYPES("the page's JSON with every value of the wrong type"),
    INVALID_UTF8("bytes that are not UTF-8 in the middle of the page"),
    HUGE_BODY("a 50 MB chunked body"),
    GZIP_BOMB("a 256 KB gzip body that inflates to 256 MB"),
    DEEP_NESTING("JSON and XML nested 100,000 deep"),
    XML_DTD("XML with a DTD"),
    XXE("XML with an external entity reading file:///etc/hostname"),
    BILLION_LAUGHS("XML entity expansion (billion laughs)");

    final String what;

    Fault(String what) {
        this.what = what;
    }
}
