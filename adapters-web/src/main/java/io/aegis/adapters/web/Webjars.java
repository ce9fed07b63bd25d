package io.aegis.adapters.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Where a webjar's files are on the classpath: under its version, which its Maven properties name. */
final class Webjars {

    private Webjars() {
    }

    /** The folder of {@code group:artifact}'s files, ending in a slash. */
    static String folder(String group, String artifact) {
        String properties = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Webjars.class.getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException("the webjar " + group + ":" + artifact + " is not on the classpath");
            }
            Properties read = new Properties();
            read.load(in);
            return "/META-INF/resources/webjars/" + artifact + "/" + read.getProperty("version") + "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
