package io.aegis.adapters.web;

import java.util.List;

/** A group of routes over one resource: a record of the inbound ports it calls, whose methods are the handlers. */
public interface Controller {

    List<ApiRoute> routes();
}
