package io.github.clvss.core.contractfile;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The deliberation file's records, format version 1, exactly as they are written: strings as
 * in the file, {@code null} for an absent optional field. Their order of properties is the
 * canonical order of the export.
 */
final class DeliberationRecords {

    private DeliberationRecords() {
    }

    @JsonPropertyOrder({"formatVersion", "id", "territoryId", "provenance", "object", "session", "convocationDate", "urgency",
        "reconvenedWithoutQuorum", "membersInOffice", "present", "proxies", "absent", "secretary", "rapporteur",
        "committeeOpinion", "subject", "vote", "result", "transmission", "publicationUrl"})
    record DeliberationFileV1(String formatVersion, String id, String territoryId, String provenance, String object,
            @Nullable SessionV1 session, @Nullable String convocationDate, @Nullable Boolean urgency,
            @Nullable Boolean reconvenedWithoutQuorum, @Nullable List<String> membersInOffice, @Nullable List<String> present,
            @Nullable List<ProxyV1> proxies, @Nullable List<String> absent, @Nullable String secretary,
            @Nullable String rapporteur, @Nullable String committeeOpinion, @Nullable SubjectV1 subject, @Nullable VoteV1 vote,
            @Nullable String result, @Nullable TransmissionV1 transmission, @Nullable String publicationUrl) {
    }

    @JsonPropertyOrder({"date", "time", "place", "president"})
    record SessionV1(@Nullable String date, @Nullable String time, @Nullable String place, @Nullable String president) {
    }

    @JsonPropertyOrder({"giver", "holder"})
    record ProxyV1(String giver, String holder) {
    }

    @JsonPropertyOrder({"code", "name"})
    record SubjectV1(String code, String name) {
    }

    @JsonPropertyOrder({"inFavour", "against", "abstentions", "blankOrSpoilt", "notTakingPart", "secretBallot", "unanimity"})
    record VoteV1(@Nullable Integer inFavour, @Nullable Integer against, @Nullable Integer abstentions,
            @Nullable Integer blankOrSpoilt, @Nullable Integer notTakingPart, @Nullable Boolean secretBallot,
            @Nullable Boolean unanimity) {
    }

    @JsonPropertyOrder({"date", "actesId"})
    record TransmissionV1(@Nullable String date, @Nullable String actesId) {
    }
}
