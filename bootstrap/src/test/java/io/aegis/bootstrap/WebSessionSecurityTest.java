package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The browser session's defences, request by request: what a forged cross-site form, a missing or stale CSRF token,
 * a cookie kept after signing out and a crafted "next" link get. Each refused request changes nothing.
 */
class WebSessionSecurityTest extends RunningAegisContract {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    TestDatabase database(Path folder) {
        return TestDatabase.sqlite(folder);
    }

    @Test
    void the_session_cookie_is_http_only_strict_and_pages_allow_no_inline_script() {
        HttpResponse<String> signedIn = signIn();

        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("aegis_session=aegis_t_").contains("; HttpOnly", "; SameSite=Strict", "; Path=/");
        HttpResponse<String> dashboard = get("/", sessionOf(signedIn));
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "style-src 'self'", "form-action 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(dashboard.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void a_form_posted_from_another_site_is_refused_and_the_session_goes_on() {
        String session = sessionOf(signIn());
        String csrf = csrfOf(get("/", session));

        HttpResponse<String> forged = post("/sign-out", session, "csrf=" + csrf, "cross-site");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("the form was sent from another site");
        assertThat(get("/", session).statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void a_form_without_the_csrf_token_or_with_another_sessions_token_is_refused() {
        String session = sessionOf(signIn());
        String otherSessionsToken = csrfOf(get("/", sessionOf(signIn())));

        assertThat(post("/sign-out", session, "", "same-origin").statusCode()).isEqualTo(403);
        HttpResponse<String> stale = post("/sign-out", session, "csrf=" + otherSessionsToken, "same-origin");
        assertThat(stale.statusCode()).isEqualTo(403);
        assertThat(stale.body()).contains("reload the page");
        assertThat(get("/", session).statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void a_cookie_kept_after_signing_out_opens_nothing() {
        String session = sessionOf(signIn());
        String csrf = csrfOf(get("/", session));
        assertThat(post("/sign-out", session, "csrf=" + csrf, "same-origin").statusCode()).isEqualTo(303);

        HttpResponse<String> replayed = get("/", session);
        assertThat(replayed.statusCode()).isEqualTo(303);
        assertThat(replayed.headers().firstValue("Location")).hasValue("/sign-in?session-ended");
        assertThat(replayed.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
        assertThat(get("/sign-in?session-ended", null).body()).contains("Your session has ended");
        HttpResponse<String> change = post("/account/password", session, "csrf=" + csrf
                + "&current_password=x&new_password=y&confirm_password=y", "same-origin");
        assertThat(change.statusCode()).isEqualTo(303);
        assertThat(change.headers().firstValue("Location")).hasValue("/sign-in?session-ended");
        assertThat(get("/risks?status=assessed", session).headers().firstValue("Location"))
                .hasValue("/sign-in?session-ended&next=%2Frisks%3Fstatus%3Dassessed");
    }

    @Test
    void after_signing_in_a_visitor_goes_back_only_to_a_page_of_this_site() {
        HttpResponse<String> back = signIn("/risks?status=assessed");
        assertThat(back.headers().firstValue("Location")).hasValue("/risks?status=assessed");

        for (String elsewhere : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example"}) {
            assertThat(signIn(elsewhere).headers().firstValue("Location")).as(elsewhere).hasValue("/");
        }
    }

    @Test
    void a_page_asked_for_without_a_session_sends_the_visitor_to_sign_in_and_back() {
        HttpResponse<String> asked = get("/?view=mine", null);

        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(asked.headers().firstValue("Location")).hasValue("/sign-in?next=%2F%3Fview%3Dmine");
    }

    private HttpResponse<String> signIn() {
        return signIn("/");
    }

    private HttpResponse<String> signIn(String next) {
        HttpResponse<String> response = post("/sign-in", null, "username=admin&password="
                + URLEncoder.encode(TestConfigs.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8), "same-origin");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return response;
    }

    private static String sessionOf(HttpResponse<String> signedIn) {
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static String csrfOf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a form with a CSRF token").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    private HttpResponse<String> post(String path, String cookie, String form, String fetchSite) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", fetchSite)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + aegis.port() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
