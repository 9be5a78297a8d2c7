package io.github.clvss.admin.deliberation;

import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.Proxy;
import io.github.clvss.core.deliberation.VoteTally.PresidentVote;
import io.github.clvss.core.deliberation.VoteTally.UnanimityOf;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the deliberation form holds while the person types: any value, complete or not, valid or
 * not yet. The council list is the text as pasted (one name a line); a vote count left empty is
 * one the act does not state (unknown, not zero); the nomination's facts count only when
 * {@code nomination} is ticked.
 */
final class DeliberationForm {

    private String object = "";
    private LocalDate date;
    private LocalTime time;
    private String place = "";
    private String president;
    private boolean remote;
    private LocalDate convocation;
    private boolean urgency;
    private boolean reconvened;
    private String members = "";
    private Set<String> present = new LinkedHashSet<>();
    private List<Proxy> proxies = new ArrayList<>();
    private Set<String> absent = new LinkedHashSet<>();
    private String secretary;
    private String rapporteur;
    private String committee = "";
    private Integer inFavour;
    private Integer against;
    private Integer abstentions;
    private Integer blank;
    private Integer notTakingPart;
    private boolean secret;
    private boolean unanimity;
    private UnanimityOf unanimityOf = UnanimityOf.NOT_SAID;
    private PresidentVote presidentVote;
    private boolean nomination;
    private Integer round;
    private boolean openBallot;
    private Integer runnerUp;
    private boolean electedAsOldest;
    private Deliberation.Result result;
    private LocalDate transmitted;
    private String actes = "";
    private String subjectCode = "";
    private String subjectName = "";
    private String url = "";

    public String getObject() {
        return object;
    }

    public void setObject(String object) {
        this.object = object;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getPresident() {
        return president;
    }

    public void setPresident(String president) {
        this.president = president;
    }

    public boolean isRemote() {
        return remote;
    }

    public void setRemote(boolean remote) {
        this.remote = remote;
    }

    public LocalDate getConvocation() {
        return convocation;
    }

    public void setConvocation(LocalDate convocation) {
        this.convocation = convocation;
    }

    public boolean isUrgency() {
        return urgency;
    }

    public void setUrgency(boolean urgency) {
        this.urgency = urgency;
    }

    public boolean isReconvened() {
        return reconvened;
    }

    public void setReconvened(boolean reconvened) {
        this.reconvened = reconvened;
    }

    public String getMembers() {
        return members;
    }

    public void setMembers(String members) {
        this.members = members;
    }

    public Set<String> getPresent() {
        return present;
    }

    public void setPresent(Set<String> present) {
        this.present = present;
    }

    public List<Proxy> getProxies() {
        return proxies;
    }

    public void setProxies(List<Proxy> proxies) {
        this.proxies = proxies;
    }

    public Set<String> getAbsent() {
        return absent;
    }

    public void setAbsent(Set<String> absent) {
        this.absent = absent;
    }

    public String getSecretary() {
        return secretary;
    }

    public void setSecretary(String secretary) {
        this.secretary = secretary;
    }

    public String getRapporteur() {
        return rapporteur;
    }

    public void setRapporteur(String rapporteur) {
        this.rapporteur = rapporteur;
    }

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    public Integer getInFavour() {
        return inFavour;
    }

    public void setInFavour(Integer inFavour) {
        this.inFavour = inFavour;
    }

    public Integer getAgainst() {
        return against;
    }

    public void setAgainst(Integer against) {
        this.against = against;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public void setAbstentions(Integer abstentions) {
        this.abstentions = abstentions;
    }

    public Integer getBlank() {
        return blank;
    }

    public void setBlank(Integer blank) {
        this.blank = blank;
    }

    public Integer getNotTakingPart() {
        return notTakingPart;
    }

    public void setNotTakingPart(Integer notTakingPart) {
        this.notTakingPart = notTakingPart;
    }

    public boolean isSecret() {
        return secret;
    }

    public void setSecret(boolean secret) {
        this.secret = secret;
    }

    public boolean isUnanimity() {
        return unanimity;
    }

    public void setUnanimity(boolean unanimity) {
        this.unanimity = unanimity;
    }

    public UnanimityOf getUnanimityOf() {
        return unanimityOf;
    }

    public void setUnanimityOf(UnanimityOf unanimityOf) {
        this.unanimityOf = unanimityOf;
    }

    public PresidentVote getPresidentVote() {
        return presidentVote;
    }

    public void setPresidentVote(PresidentVote presidentVote) {
        this.presidentVote = presidentVote;
    }

    public boolean isNomination() {
        return nomination;
    }

    public void setNomination(boolean nomination) {
        this.nomination = nomination;
    }

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }

    public boolean isOpenBallot() {
        return openBallot;
    }

    public void setOpenBallot(boolean openBallot) {
        this.openBallot = openBallot;
    }

    public Integer getRunnerUp() {
        return runnerUp;
    }

    public void setRunnerUp(Integer runnerUp) {
        this.runnerUp = runnerUp;
    }

    public boolean isElectedAsOldest() {
        return electedAsOldest;
    }

    public void setElectedAsOldest(boolean electedAsOldest) {
        this.electedAsOldest = electedAsOldest;
    }

    public Deliberation.Result getResult() {
        return result;
    }

    public void setResult(Deliberation.Result result) {
        this.result = result;
    }

    public LocalDate getTransmitted() {
        return transmitted;
    }

    public void setTransmitted(LocalDate transmitted) {
        this.transmitted = transmitted;
    }

    public String getActes() {
        return actes;
    }

    public void setActes(String actes) {
        this.actes = actes;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public void setSubjectCode(String subjectCode) {
        this.subjectCode = subjectCode;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public void setSubjectName(String subjectName) {
        this.subjectName = subjectName;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
