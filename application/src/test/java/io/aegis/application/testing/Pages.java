package io.aegis.application.testing;

import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import java.util.List;

/** Paging in the fakes, as the read models' LIMIT and OFFSET cut it. */
public final class Pages {

    private Pages() {
    }

    /** The page {@code request} asks for out of every match, with the number of matches. */
    public static <T> Page<T> of(List<T> matches, PageRequest request) {
        return Page.of(matches.stream().skip(request.offset()).limit(request.limit()).toList(), matches.size(),
                request);
    }
}
