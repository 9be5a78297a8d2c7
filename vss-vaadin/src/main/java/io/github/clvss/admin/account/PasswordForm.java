package io.github.clvss.admin.account;

/** What the password form of an account holds while the administrator types. */
final class PasswordForm {

    private String password = "";

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
