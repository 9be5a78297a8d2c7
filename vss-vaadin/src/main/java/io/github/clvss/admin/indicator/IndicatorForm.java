package io.github.clvss.admin.indicator;

import io.github.clvss.core.indicator.Direction;
import io.github.clvss.core.indicator.ValueKind;
import java.math.BigDecimal;

/** What the indicator form holds while the person types: any value, valid or not yet. */
final class IndicatorForm {

    private String commitment = "";
    private String name = "";
    private String unit = "";
    private ValueKind kind = ValueKind.COUNT;
    private Direction direction = Direction.NEUTRAL;
    private BigDecimal target;
    private String source = "";

    public String getCommitment() {
        return commitment;
    }

    public void setCommitment(String commitment) {
        this.commitment = commitment;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public ValueKind getKind() {
        return kind;
    }

    public void setKind(ValueKind kind) {
        this.kind = kind;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
