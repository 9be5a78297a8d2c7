package io.github.clvss.admin.indicator;

/** What the measurement form holds while the person types: the period and the value, as typed. */
final class MeasurementForm {

    private String period = "";
    private String value = "";

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
