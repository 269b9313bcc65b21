package org.ecdp.domain.vocabulary;

/** Where a person lives: the Essex districts and unitary authorities, codes as in the public API. */
public enum Locality {
    BASILDON("Basildon"), BRAINTREE("Braintree"), BRENTWOOD("Brentwood"), CASTLE_POINT("Castle Point"),
    CHELMSFORD("Chelmsford"), COLCHESTER("Colchester"), EPPING_FOREST("Epping Forest"), HARLOW("Harlow"),
    MALDON("Maldon"), ROCHFORD("Rochford"), TENDRING("Tendring"), UTTLESFORD("Uttlesford"),
    SOUTHEND("Southend-on-Sea"), THURROCK("Thurrock"), OUTSIDE_ESSEX("Outside Essex");

    private final String label;

    Locality(String label) { this.label = label; }

    public String label() { return label; }
}
