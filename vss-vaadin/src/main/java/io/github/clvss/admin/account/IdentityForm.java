package io.github.clvss.admin.account;

/** What the form linking an identity to an account holds while the administrator types. */
final class IdentityForm {

    private String issuer = "";
    private String subject = "";

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }
}
