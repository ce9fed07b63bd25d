package io.aegis.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.aegis.application.privacy.PersonalDataItem;
import io.aegis.application.privacy.PersonalDataRegister;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the register of personal data to the views the audit trail records as a resource's state before and after
 * a change (written in snake_case): a view member that holds a person's data must be declared as a member of the
 * audit states, and every declared member must still be some view's.
 */
class PersonalDataInViewsTest {

    /** Members that name, reach or describe a person: a user's own fields, and a name shown for a person's id. */
    private static final Pattern PERSONAL_MEMBER = Pattern.compile(
            "username|email|full_name|phone|azure_ad_id|department|job_title|profile_picture|preferences|last_login"
                    + "|(owner|assignee|assigned_to|creator|created_by|reviewer|requested_by|decided_by|tester"
                    + "|uploaded_by|author|assessor)_(name|display_name|email)");

    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    @Test
    void every_personal_member_of_a_view_is_declared_in_the_audit_states() {
        assertThat(personalViewMembers()).isNotEmpty().isSubsetOf(declaredMembers());
    }

    @Test
    void every_declared_member_is_a_member_of_some_view() {
        Set<String> members = new TreeSet<>();
        views().forEach(view -> members.addAll(snakeCaseComponents(view)));
        assertThat(declaredMembers()).isSubsetOf(members);
    }

    private static Set<String> personalViewMembers() {
        Set<String> personal = new TreeSet<>();
        views().forEach(view -> snakeCaseComponents(view).stream()
                .filter(member -> PERSONAL_MEMBER.matcher(member).matches())
                .forEach(personal::add));
        return personal;
    }

    private static Set<String> declaredMembers() {
        Set<String> declared = new TreeSet<>();
        PersonalDataRegister.items().stream().map(PersonalDataItem::member).flatMap(Optional::stream)
                .forEach(declared::add);
        return declared;
    }

    private static Stream<Class<?>> views() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.aegis.application").stream()
                .filter(javaClass -> javaClass.getSimpleName().endsWith("View"))
                .map(JavaClass::reflect)
                .filter(Class::isRecord)
                .map(view -> (Class<?>) view);
    }

    private static Set<String> snakeCaseComponents(Class<?> view) {
        Set<String> members = new TreeSet<>();
        for (RecordComponent component : view.getRecordComponents()) {
            members.add(WORD_START.matcher(component.getName()).replaceAll("_").toLowerCase(Locale.ROOT));
        }
        return members;
    }
}
