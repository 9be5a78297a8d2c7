package io.github.clvss.core.institution;

/** The field an institution works in. */
public enum Sector {
    /** Santé: hospitals, doctors, health centres. */
    HEALTH,
    /** Justice: parquet, courts, victim support mandated by the courts. */
    JUSTICE,
    /** Social: social services, CCAS, child protection. */
    SOCIAL,
    /** Éducation: schools, the DSDEN, the académie. */
    EDUCATION,
    /** Sécurité: police, gendarmerie, préfecture. */
    SECURITY,
    /** Collectivité: communes, départements, intercommunalities. */
    LOCAL_AUTHORITY,
    /** Associatif: associations such as the CIDFF. */
    ASSOCIATION
}
