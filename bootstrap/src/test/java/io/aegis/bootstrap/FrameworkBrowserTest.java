package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;

/** The frameworks' pages in a browser: loading catalogs, the control tree, its search, a control, a refusal. */
class FrameworkBrowserTest extends BrowserContract {

    /** The sample catalog as a file the browser can upload, under a name of its own. */
    private static Path sampleCatalog(Path folder, String name) throws Exception {
        return Files.writeString(folder.resolve("catalog.json"), SampleFiles.catalog("sample-catalog-v1.json", name));
    }

    private void importSample(Path catalog, boolean dryRun) {
        browser.open("/frameworks");
        browser.find("#file").sendKeys(catalog.toAbsolutePath().toString());
        if (dryRun) {
            browser.find("input[name='dry_run']").click();
        }
        browser.submit("#file");
    }

    /** Opens the control of the tree whose link starts with {@code label}. */
    private void openFromTree(String label) {
        String href = browser.findAll(".control-tree a").stream().filter(link -> link.getText().startsWith(label))
                .findFirst().orElseThrow().getAttribute("href");
        browser.open(href.replaceFirst("^https?://[^/]+", ""));
    }

    @Test
    void a_catalog_is_uploaded_after_a_dry_run_and_a_bundled_one_loaded(@TempDir Path files) throws Exception {
        String name = "Web sample " + suffix();
        Path catalog = sampleCatalog(files, name);
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        browser.open("/frameworks");
        assertThat(browser.heading()).isEqualTo("Frameworks");
        browser.screenshot("frameworks").assertAccessible();

        importSample(catalog, true);
        assertThat(browser.text()).contains("Dry run: nothing was stored.", "7 added");
        browser.screenshot("framework-import-dry-run").assertAccessible();
        browser.open("/frameworks");
        assertThat(browser.text()).doesNotContain(name);

        importSample(catalog, false);
        assertThat(browser.heading()).isEqualTo("Imported " + name);
        browser.screenshot("framework-import-report").assertAccessible();

        browser.open("/frameworks");
        browser.click("form[action='/frameworks/bundled/nist-csf-2.0/import'] button[value='false']");
        assertThat(browser.text()).contains("A new framework");
        browser.open("/frameworks");
        assertThat(browser.text()).contains(name, "CSF");
    }

    @Test
    void the_tree_opens_with_the_keyboard_and_a_search_keeps_the_matches_and_their_groups(@TempDir Path files)
            throws Exception {
        String name = "Web tree " + suffix();
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        importSample(sampleCatalog(files, name), false);
        browser.click("main a[href^='/frameworks/']");
        assertThat(browser.heading()).isEqualTo(name);
        assertThat(browser.find("details").getAttribute("open")).isNull();
        browser.screenshot("framework-tree").assertAccessible();

        // a summary is focusable and Enter opens it, as for any <details>
        var family = browser.find("details > summary");
        family.sendKeys(Keys.ENTER);
        assertThat(browser.find("details").getAttribute("open")).isNotNull();
        assertThat(browser.find("details ul").getText()).contains("AC-1", "AC-2");
        browser.screenshot("framework-tree-open").assertAccessible();

        browser.type("q", "automated").submit("#q");
        assertThat(browser.text()).contains("1 control matches \"automated\".");
        assertThat(browser.findAll(".control-tree a")).extracting(link -> link.getText())
                .anySatisfy(text -> assertThat(text).contains("AC-2(1)"))
                .noneSatisfy(text -> assertThat(text).contains("AU-6"));
        browser.screenshot("framework-tree-search").assertAccessible();
        browser.type("q", "AU-6").submit("#q");
        assertThat(browser.text()).contains("1 control matches \"AU-6\".");
    }

    @Test
    void a_control_shows_its_texts_parent_and_children_and_a_withdrawn_one_where_it_moved(@TempDir Path files)
            throws Exception {
        String name = "Web control " + suffix();
        signIn("admin", TestConfigs.ADMIN_PASSWORD);
        importSample(sampleCatalog(files, name), false);
        browser.click("main a[href^='/frameworks/']");
        browser.type("q", "AC-2").submit("#q");
        openFromTree("AC-2 ");

        assertThat(browser.heading()).isEqualTo("AC-2 Account Management");
        assertThat(browser.text()).contains("Define and document the types of accounts allowed.",
                "Guidance for AC-2.", "AC-2(1) Automated System Account Management");
        browser.screenshot("control").assertAccessible();

        browser.click("main p a[href^='/frameworks/']");
        browser.type("q", "AC-13").submit("#q");
        openFromTree("AC-13 ");
        assertThat(browser.text()).contains("Withdrawn", "Incorporated into or moved to:", "AU-6");
        browser.screenshot("control-withdrawn").assertAccessible();
    }

    @Test
    void a_reader_sees_no_import_and_a_user_without_framework_read_is_refused() {
        String reader = newUser(role("framework:read"), false);
        signIn(reader, PASSWORD);
        browser.open("/frameworks");
        assertThat(browser.heading()).isEqualTo("Frameworks");
        assertThat(browser.findAll("input[type='file']")).isEmpty();
        assertThat(browser.findAll("nav a[href='/frameworks']")).hasSize(1);

        browser.forgetCookies();
        String other = newUser(role("risk:read"), false);
        signIn(other, PASSWORD);
        assertThat(browser.findAll("nav a[href='/frameworks']")).isEmpty();
        browser.open("/frameworks");
        assertThat(browser.heading()).isEqualTo("Forbidden");
        assertThat(browser.text()).contains("framework:read");
        browser.screenshot("frameworks-refused").assertAccessible();
    }
}
