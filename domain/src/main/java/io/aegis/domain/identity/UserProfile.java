package io.aegis.domain.identity;

import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Names;
import java.util.regex.Pattern;

/**
 * What a user tells about themself. Every property is optional (null): trimmed, and blank counts as absent,
 * bounded by its column's length and free of control characters.
 *
 * @param profilePicture an {@code http(s)} URL, so that no {@code javascript:} link reaches the UI
 * @param azureAdId      the user's object id in Azure AD / Entra ID, for single sign-on
 */
public record UserProfile(String fullName, String department, String jobTitle, String phone, String profilePicture,
                          String azureAdId) {

    public static final UserProfile EMPTY = new UserProfile(null, null, null, null, null, null);

    public static final int FULL_NAME_MAX_LENGTH = 255;
    public static final int DEPARTMENT_MAX_LENGTH = 100;
    public static final int JOB_TITLE_MAX_LENGTH = 100;
    public static final int PHONE_MAX_LENGTH = 20;
    public static final int PROFILE_PICTURE_MAX_LENGTH = 500;
    public static final int AZURE_AD_ID_MAX_LENGTH = 255;

    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://\\S+");

    public UserProfile {
        fullName = optional("full_name", fullName, FULL_NAME_MAX_LENGTH);
        department = optional("department", department, DEPARTMENT_MAX_LENGTH);
        jobTitle = optional("job_title", jobTitle, JOB_TITLE_MAX_LENGTH);
        phone = optional("phone", phone, PHONE_MAX_LENGTH);
        profilePicture = optional("profile_picture", profilePicture, PROFILE_PICTURE_MAX_LENGTH);
        if (profilePicture != null && !WEB_URL.matcher(profilePicture).matches()) {
            throw new InvalidValueException("profile_picture", "must be an http or https URL");
        }
        azureAdId = optional("azure_ad_id", azureAdId, AZURE_AD_ID_MAX_LENGTH);
    }

    private static String optional(String field, String raw, int maxLength) {
        return raw == null || raw.isBlank() ? null : Names.require(field, raw, maxLength);
    }
}
