package io.aegis.adapters.web;

import java.util.List;
import java.util.Map;

/** A group of routes over one resource: a record of the inbound ports it calls, whose methods are the handlers. */
public interface Controller {

    List<ApiRoute> routes();

    /**
     * The routes (full paths, {@code /api/v1} included) whose bodies the route reads as a stream, with the largest
     * body each accepts: the server does not read these whole before the route ({@link BufferedBodyHandler}), so
     * they may be larger than memory. The route keeps slow clients in check itself.
     */
    default Map<String, Long> streamedBodies() {
        return Map.of();
    }
}
