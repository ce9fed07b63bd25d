package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetImportRow;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.asset.port.out.AssetReferences;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetCategoryName;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetName;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an import reads once for all its rows, a few queries however many rows there are: the stored assets the rows
 * match (by {@code id}, else by name and asset type, among the assets the actor reads) and the categories and owners
 * they name by name.
 */
final class ImportLookups {

    private final Map<AssetId, Asset> byId;
    private final Map<MatchKey, List<Asset>> byNameAndType;
    private final Map<String, AssetCategory> categoriesByKey;
    private final Map<String, List<UserId>> usersByName;

    private ImportLookups(Map<AssetId, Asset> byId, Map<MatchKey, List<Asset>> byNameAndType,
                          Map<String, AssetCategory> categoriesByKey, Map<String, List<UserId>> usersByName) {
        this.byId = byId;
        this.byNameAndType = byNameAndType;
        this.categoriesByKey = categoriesByKey;
        this.usersByName = usersByName;
    }

    /** @param readable where the actor reads assets: an asset elsewhere matches no row, as one that does not exist */
    static ImportLookups of(List<AssetImportRow> rows, AssetRepository assets, AssetCategoryRepository categories,
                            AssetReferences references, Scope readable) {
        List<AssetImportRow> valid = rows.stream().filter(row -> row.problems().isEmpty()).toList();
        Set<AssetId> ids = valid.stream().flatMap(row -> row.references().id().stream()).collect(Collectors.toSet());
        Set<AssetName> names = valid.stream().map(row -> row.profile().name()).collect(Collectors.toSet());
        Set<AssetCategoryName> categoryNames = new HashSet<>();
        for (AssetImportRow row : valid) {
            row.references().category().ifPresent(name -> {
                try {
                    categoryNames.add(new AssetCategoryName(name));
                } catch (InvalidValueException e) {
                    // no category has it: the row is refused as naming an unknown one
                }
            });
        }
        Set<String> owners = valid.stream().flatMap(row -> row.references().owner().stream())
                .map(ImportLookups::lowerCase).collect(Collectors.toSet());
        return new ImportLookups(
                assets.findByIds(ids).stream().filter(asset -> readable.includes(asset.unit()))
                        .collect(Collectors.toMap(asset -> asset.id().orElseThrow(), Function.identity())),
                assets.findByNames(names).stream().filter(asset -> readable.includes(asset.unit()))
                        .collect(Collectors.groupingBy(asset -> MatchKey.of(asset.profile()))),
                categories.findByNames(categoryNames).stream()
                        .collect(Collectors.toMap(category -> category.name().key(), Function.identity())),
                owners.isEmpty() ? Map.of() : references.usersNamed(owners));
    }

    /**
     * The stored asset a row is: the one its {@code id} names, else the one of its name and type (an active one
     * before an inactive one).
     *
     * @throws RuleViolationException {@code ambiguous_asset} when several assets of that name and type are alike
     */
    Optional<Asset> match(AssetImportRow row) {
        if (row.references().id().isPresent()) {
            return Optional.ofNullable(byId.get(row.references().id().get()));
        }
        List<Asset> named = byNameAndType.getOrDefault(MatchKey.of(row.profile()), List.of());
        List<Asset> active = named.stream().filter(Asset::active).toList();
        List<Asset> candidates = active.isEmpty() ? named : active;
        if (candidates.size() > 1) {
            throw new RuleViolationException("ambiguous_asset", "several assets are named '"
                    + row.profile().name().value() + "' with type " + row.profile().type().key()
                    + ": name the one to update with its id");
        }
        return candidates.stream().findFirst();
    }

    /** {@code profile} with the category and owner the row names by name, in place of any it names by id. */
    AssetProfile withNamedReferences(AssetProfile profile, AssetImportRow row) {
        AssetProfile named = profile;
        if (row.references().category().isPresent()) {
            AssetCategoryId category = category(row.references().category().get());
            requireSame("category", row.cells().get("category_id"), category.value());
            named = named.withCategoryId(category);
        }
        if (row.references().owner().isPresent()) {
            UserId owner = owner(row.references().owner().get());
            requireSame("owner", row.cells().get("owner_id"), owner.value());
            named = named.withOwnerId(owner);
        }
        return named;
    }

    private AssetCategoryId category(String name) {
        AssetCategory category = categoriesByKey.get(categoryName(name).key());
        if (category == null) {
            throw new RuleViolationException("unknown_category", "category '" + name + "' names no asset category");
        }
        return category.id().orElseThrow();
    }

    private UserId owner(String name) {
        List<UserId> users = usersByName.getOrDefault(lowerCase(name), List.of());
        if (users.isEmpty()) {
            throw new RuleViolationException("unknown_owner", "owner '" + name + "' is no user's username or email");
        }
        if (users.size() > 1) {
            throw new RuleViolationException("ambiguous_owner", "owner '" + name
                    + "' is the username of one user and the email of another: name the owner with owner_id");
        }
        return users.get(0);
    }

    /** A row naming a reference both ways must name the same one. */
    private static void requireSame(String column, Object byId, long named) {
        if (byId != null && !byId.equals(named)) {
            throw new RuleViolationException(column + "_mismatch", column + " and " + column
                    + "_id name different records: give one of them, or the same one twice");
        }
    }

    private static AssetCategoryName categoryName(String name) {
        try {
            return new AssetCategoryName(name);
        } catch (InvalidValueException e) {
            // a name no category could have is unknown, not malformed: the file names categories, it makes none
            throw new RuleViolationException("unknown_category", "category '" + name + "' names no asset category");
        }
    }

    private static String lowerCase(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Names are stored normalised, so equal names are equal strings; the type tells a host from its application. */
    private record MatchKey(String name, String type) {

        static MatchKey of(AssetProfile profile) {
            return new MatchKey(profile.name().value(), profile.type().key());
        }
    }
}
