package io.aegis.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Sends requests from many threads released at once by a barrier, so that they really overlap on the server. */
final class Together {

    private Together() {
    }

    /** Runs {@code call} once per thread, given the thread's index, all released together; answers in index order. */
    static List<Api.Response> send(int threads, IntFunction<Api.Response> call) {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.apply(index);
                }));
            }
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } catch (Exception e) {
            throw new IllegalStateException("a parallel request failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
