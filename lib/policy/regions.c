/*
 * regions.c - the region vocabulary of the policy language: the assigned
 * ISO 3166-1 alpha-2 country codes, the named groups (EU, EEA, EFTA, UK) with
 * their members as of 2026, and the names of PII types and minimisation
 * actions the `minimise` mapping may use. policy.c expands these into each
 * purpose's 26x26 region table when a policy is loaded.
 */
#include "policy_int.h"

#include <string.h>

/*
 * Assigned ISO 3166-1 alpha-2 codes (249, per the ISO 3166 Maintenance Agency;
 * exceptionally reserved codes such as EU, UK and user-assigned codes such as
 * XK are not assigned). One 26-bit mask per first letter, bit n = second letter
 * 'A'+n, so a lookup is two shifts and a test.
 */
static const uint32_t iso_assigned[26] = {
    0x2df5978u, /* A: AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ */
    0x36f7bfbu, /* B: BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ */
    0x3f27dedu, /* C: CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ */
    0x2005610u, /* D: DE DJ DK DM DO DZ */
    0x00e00d4u, /* E: EC EE EG EH ER ES ET */
    0x0025700u, /* F: FI FJ FK FM FO FR */
    0x15fb9fbu, /* G: GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY */
    0x01a3400u, /* H: HK HM HN HR HT HU */
    0x00f7818u, /* I: ID IE IL IM IN IO IQ IR IS IT */
    0x000d010u, /* J: JE JM JO JP */
    0x342b1d0u, /* K: KE KG KH KI KM KN KP KR KW KY KZ */
    0x13e0507u, /* L: LA LB LC LI LK LR LS LT LU LV LY */
    0x3fffcfdu, /* M: MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ */
    0x212c975u, /* N: NA NC NE NF NG NI NL NO NP NR NU NZ */
    0x0001000u, /* O: OM */
    0x14e3cf1u, /* P: PA PE PF PG PH PK PL PM PN PR PS PT PW PY */
    0x0000001u, /* Q: QA */
    0x0544010u, /* R: RE RO RS RU RW */
    0x3ae7fdfu, /* S: SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ */
    0x26a7eecu, /* T: TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ */
    0x3041041u, /* U: UA UG UM US UY UZ */
    0x0102155u, /* V: VA VC VE VG VI VN VU */
    0x0040020u, /* W: WF WS */
    0x0000000u, /* X:  */
    0x0080010u, /* Y: YE YT */
    0x0401001u, /* Z: ZA ZM ZW */
};

/*
 * Group members, space-separated. Correct as of 2026: the EU has 27 member
 * states (the United Kingdom left on 2020-01-31; ISO writes Greece as GR, not
 * the EU's "EL"); the EEA is the EU plus Iceland, Liechtenstein and Norway; EFTA
 * is Iceland, Liechtenstein, Norway and Switzerland; UK is GB.
 */
static const char *const group_names[ASKF__GROUP_COUNT] = {"EU", "EEA", "EFTA", "UK"};
static const char *const group_members[ASKF__GROUP_COUNT] = {
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE",
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO",
    "IS LI NO CH",
    "GB",
};

int askf__region_assigned(int slot)
{
    if (slot < 0 || slot >= ASKF__REGION_SLOTS)
        return 0;
    return (int)((iso_assigned[slot / 26] >> (slot % 26)) & 1u);
}

int askf__region_group(const char *name, size_t len)
{
    for (int g = 0; g < ASKF__GROUP_COUNT; g++)
        if (strlen(group_names[g]) == len && memcmp(group_names[g], name, len) == 0)
            return g;
    return -1;
}

const char *askf__region_group_name(int group)
{
    return (group >= 0 && group < ASKF__GROUP_COUNT) ? group_names[group] : NULL;
}

int askf__region_group_has(int group, int slot)
{
    if (group < 0 || group >= ASKF__GROUP_COUNT || slot < 0)
        return 0;
    for (const char *m = group_members[group];; m += 3) {
        if (askf__region_slot(m) == slot)
            return 1;
        if (!m[2])
            return 0;
    }
}

int askf_region_valid(const char *code, size_t len)
{
    if (!code || len != 2)
        return 0;
    return askf__region_assigned(askf__region_slot(code));
}

int askf_region_in_group(const char region[2], const char *group)
{
    if (!region || !group)
        return 0;
    int slot = askf__region_slot(region);
    if (slot < 0)
        return 0;
    size_t glen = strlen(group);
    if (glen == 2 && group[0] == region[0] && group[1] == region[1])
        return 1;
    return askf__region_group_has(askf__region_group(group, glen), slot);
}

/* PII minimisation vocabulary (the PII issue owns what the actions do). */
static const char *const pii_types[ASKF__PII_TYPE_COUNT] = {
    "EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "URL", "HANDLE", "PERSON",
};
static const char *const pii_actions[ASKF__PII_ACTION_COUNT] = {
    "tag", "mask", "pseudonym", "drop_record", "keep",
};

static int name_index(const char *const *names, int n, const char *s, size_t len)
{
    if (!s)
        return -1;
    for (int i = 0; i < n; i++)
        if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0)
            return i;
    return -1;
}

const char *askf__pii_type_name(int i)
{
    return (i >= 0 && i < ASKF__PII_TYPE_COUNT) ? pii_types[i] : NULL;
}

int askf__pii_type_index(const char *s, size_t len)
{
    return name_index(pii_types, ASKF__PII_TYPE_COUNT, s, len);
}

const char *askf__pii_action_name(int i)
{
    return (i >= 0 && i < ASKF__PII_ACTION_COUNT) ? pii_actions[i] : NULL;
}

int askf__pii_action_index(const char *s, size_t len)
{
    return name_index(pii_actions, ASKF__PII_ACTION_COUNT, s, len);
}

int askf__pii_default_action(int type)
{
    /* Names and handles identify a person by themselves: replace them with a
     * keyed pseudonym so a model cannot learn them, but text stays readable. */
    const char *t = askf__pii_type_name(type);
    if (t && (strcmp(t, "PERSON") == 0 || strcmp(t, "HANDLE") == 0))
        return 2; /* pseudonym */
    return 0;     /* tag */
}
