package io.github.clvss.core.internal.persistence;

/** How the adapters read a whole list for an export: one query, read as a cursor this many rows at a time. */
final class Streaming {

    /** Rows the driver fetches per round trip (PostgreSQL streams only inside a transaction, with autocommit off). */
    static final int FETCH_SIZE = 500;

    private Streaming() {
    }
}
