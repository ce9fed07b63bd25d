package io.aegis.adapters.web;

import java.util.List;

/** A group of routes over one resource; instance methods, dependencies in the constructor. */
public interface Controller {

    List<ApiRoute> routes();
}
