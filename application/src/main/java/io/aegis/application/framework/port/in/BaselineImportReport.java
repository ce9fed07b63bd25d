package io.aegis.application.framework.port.in;

import java.util.List;

/**
 * What importing a baseline did.
 *
 * @param created           whether the framework had no baseline of this name before (else its selection was
 *                          replaced)
 * @param selected          how many controls of the framework it selects
 * @param unknownControlIds the profile's control ids the framework does not hold, in the profile's order
 */
public record BaselineImportReport(long baselineId, long frameworkId, String name, String version, boolean created,
                                   int selected, List<String> unknownControlIds) {

    public BaselineImportReport {
        unknownControlIds = List.copyOf(unknownControlIds);
    }
}
