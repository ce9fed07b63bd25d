package io.aegis.adapters.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Routes that exercise the server's behaviour without any use case behind them. */
final class StubController implements Controller {

    static final String SECRET = "SELECT password_hash FROM users";

    private final Supplier<? extends Exception> failure;
    /** Counted down when {@code GET /stub/slow} has begun. */
    final CountDownLatch slowBegun = new CountDownLatch(1);
    /** What {@code GET /stub/slow} waits for before it answers. */
    final CountDownLatch slowMayFinish = new CountDownLatch(1);

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
                ApiRoute.get("/stub/slow", this::slow));
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

    private void slow(Context ctx) throws InterruptedException {
        slowBegun.countDown();
        ctx.result(slowMayFinish.await(10, TimeUnit.SECONDS) ? "finished" : "never released");
    }

    record Named(String name, int size) {
    }
}
