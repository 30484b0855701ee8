package dev.cairn.serve;

/**
 * A response read off a socket: its status (-1 when the server closed without one) and body text.
 */
record RawResponse(int status, String body) {}
