package io.github.clvss.core.contractfile;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The contract file's records, format version 1, exactly as they are written: strings as in
 * the file, {@code null} for an absent optional field. Their order of properties is the
 * canonical order of the export.
 */
final class FileRecords {

    private FileRecords() {
    }

    @JsonPropertyOrder({"formatVersion", "territory", "contracts"})
    record ContractFileV1(String formatVersion, TerritoryV1 territory, List<ContractV1> contracts) {
    }

    @JsonPropertyOrder({"id", "kind", "name", "inseeCode", "department", "siren", "siret", "population",
        "timeZone", "provenance"})
    record TerritoryV1(
            String id,
            String kind,
            String name,
            @Nullable String inseeCode,
            String department,
            String siren,
            @Nullable String siret,
            @Nullable PopulationV1 population,
            String timeZone,
            String provenance) {
    }

    @JsonPropertyOrder({"inhabitants", "year"})
    record PopulationV1(long inhabitants, int year) {
    }

    @JsonPropertyOrder({"id", "title", "startDate", "endDate", "provenance"})
    record ContractV1(String id, String title, @Nullable String startDate, @Nullable String endDate, String provenance) {
    }
}
