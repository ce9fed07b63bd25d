package io.aegis.application.port;

/** A field a list may be sorted by; its key is the API's (and the column's) snake_case name. */
public interface SortField {

    String key();
}
