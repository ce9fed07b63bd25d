package io.aegis.adapters.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.function.Supplier;

/** Routes that exercise the server's behaviour without any use case behind them. */
final class StubController implements Controller {

    static final String SECRET = "SELECT password_hash FROM users";

    private final Supplier<? extends Exception> failure;

    /** @param failure what {@code GET /stub/failure} throws */
    StubController(Supplier<? extends Exception> failure) {
        this.failure = failure;
    }

    StubController() {
        this(() -> new IllegalStateException(SECRET));
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/stub/failure", this::fail),
                ApiRoute.post("/stub/echo", StubController::echo),
                ApiRoute.patch("/stub/echo", StubController::echo),
                ApiRoute.post("/stub/jackson", StubController::parseWithJackson),
                ApiRoute.post("/stub/upload", StubController::upload),
                ApiRoute.get("/stub/request-id",
                        ctx -> ctx.result(RequestIds.of(ctx) + " " + RequestIds.clientIdOf(ctx))),
                ApiRoute.get("/stub/slow", StubController::slow));
    }

    private void fail(Context ctx) throws Exception {
        throw failure.get();
    }

    /** Answers how many body bytes it read. */
    private static void echo(Context ctx) {
        ctx.result(String.valueOf(ctx.bodyAsBytes().length));
    }

    /** Answers how many bytes the multipart part {@code file} holds, parsing the body as an upload route does. */
    private static void upload(Context ctx) {
        ctx.result(String.valueOf(ctx.uploadedFile("file").size()));
    }

    /** Lets Jackson's own exceptions escape, as a careless route would. */
    private static void parseWithJackson(Context ctx) throws Exception {
        Json.mapper().readValue(ctx.bodyAsBytes(), Named.class);
        ctx.result("parsed");
    }

    private static void slow(Context ctx) throws InterruptedException {
        Thread.sleep(1_000);
        ctx.result("finished");
    }

    record Named(String name, int size) {
    }
}
