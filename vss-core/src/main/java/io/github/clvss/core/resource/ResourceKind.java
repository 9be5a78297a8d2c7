package io.github.clvss.core.resource;

/** What a resource offers. */
public enum ResourceKind {
    /** Emergency services: 15, 17, 112, 114. */
    EMERGENCY,
    /** Listening and orientation, not an emergency line: 3919, 3977. */
    LISTENING,
    /** Children in danger: 119, the CRIP. */
    CHILD_PROTECTION,
    /** Emergency accommodation: 115, shelters. */
    ACCOMMODATION,
    /** Support for victims: 116 006, France Victimes associations. */
    VICTIM_SUPPORT,
    /** Legal information and access to rights: CIDFF, maisons de justice. */
    LEGAL,
    /** Health care: hospital units, medical-legal units. */
    HEALTH,
    /** Police or gendarmerie. */
    POLICE,
    /** Information and reporting online. */
    INFORMATION,
    /** Anything else. */
    OTHER
}
