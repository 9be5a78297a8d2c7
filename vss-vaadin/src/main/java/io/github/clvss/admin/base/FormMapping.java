package io.github.clvss.admin.base;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/**
 * The one configuration every form mapping shares (MapStruct generates the copying between a
 * form model and vss-core's records): a target property nobody maps is a compile error, so a new
 * field in a record cannot be forgotten by a form.
 */
@MapperConfig(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface FormMapping {
}
