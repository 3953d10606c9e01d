/* zjtx-enterprise.c: an enterprise of the cultivation pool */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/zjtx-uscc.h"
#include "zjtx-enterprise.h"

struct _ZjtxEnterprise
{
  ZjtxRecord  parent_instance;

  char       *name;
  char       *uscc;
  char       *township;
  char       *industry;
  char       *niche;
  char       *products;
  char       *address;
  char       *legal_representative;
  char       *contact_person;
  char       *contact_phone;
  char       *founded;
  gint64      park_id;
  char       *park_entry_date;
  gboolean    key_target;
  gboolean    recommended;
  gint64      commissioner_id;
  gint64      liaison_id;
  gint64      first_year_kwh;
  char       *support_choice;
  char       *support_choice_reason;
  char       *notes;
};

G_DEFINE_FINAL_TYPE (ZjtxEnterprise, zjtx_enterprise, ZJTX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_USCC,
  PROP_TOWNSHIP,
  PROP_INDUSTRY,
  PROP_NICHE,
  PROP_PRODUCTS,
  PROP_ADDRESS,
  PROP_LEGAL_REPRESENTATIVE,
  PROP_CONTACT_PERSON,
  PROP_CONTACT_PHONE,
  PROP_FOUNDED,
  PROP_PARK_ID,
  PROP_PARK_ENTRY_DATE,
  PROP_KEY_TARGET,
  PROP_RECOMMENDED,
  PROP_COMMISSIONER_ID,
  PROP_LIAISON_ID,
  PROP_FIRST_YEAR_KWH,
  PROP_SUPPORT_CHOICE,
  PROP_SUPPORT_CHOICE_REASON,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_enterprise_finalize (GObject *object)
{
  ZjtxEnterprise *self = (ZjtxEnterprise *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->uscc, g_free);
  g_clear_pointer (&self->township, g_free);
  g_clear_pointer (&self->industry, g_free);
  g_clear_pointer (&self->niche, g_free);
  g_clear_pointer (&self->products, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->legal_representative, g_free);
  g_clear_pointer (&self->contact_person, g_free);
  g_clear_pointer (&self->contact_phone, g_free);
  g_clear_pointer (&self->founded, g_free);
  g_clear_pointer (&self->park_entry_date, g_free);
  g_clear_pointer (&self->support_choice, g_free);
  g_clear_pointer (&self->support_choice_reason, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (zjtx_enterprise_parent_class)->finalize (object);
}

static void
zjtx_enterprise_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ZjtxEnterprise *self = ZJTX_ENTERPRISE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_USCC:
      g_value_set_string (value, self->uscc);
      break;

    case PROP_TOWNSHIP:
      g_value_set_string (value, self->township);
      break;

    case PROP_INDUSTRY:
      g_value_set_string (value, self->industry);
      break;

    case PROP_NICHE:
      g_value_set_string (value, self->niche);
      break;

    case PROP_PRODUCTS:
      g_value_set_string (value, self->products);
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;

    case PROP_LEGAL_REPRESENTATIVE:
      g_value_set_string (value, self->legal_representative);
      break;

    case PROP_CONTACT_PERSON:
      g_value_set_string (value, self->contact_person);
      break;

    case PROP_CONTACT_PHONE:
      g_value_set_string (value, self->contact_phone);
      break;

    case PROP_FOUNDED:
      g_value_set_string (value, self->founded);
      break;

    case PROP_PARK_ID:
      g_value_set_int64 (value, self->park_id);
      break;

    case PROP_PARK_ENTRY_DATE:
      g_value_set_string (value, self->park_entry_date);
      break;

    case PROP_KEY_TARGET:
      g_value_set_boolean (value, self->key_target);
      break;

    case PROP_RECOMMENDED:
      g_value_set_boolean (value, self->recommended);
      break;

    case PROP_COMMISSIONER_ID:
      g_value_set_int64 (value, self->commissioner_id);
      break;

    case PROP_LIAISON_ID:
      g_value_set_int64 (value, self->liaison_id);
      break;

    case PROP_FIRST_YEAR_KWH:
      g_value_set_int64 (value, self->first_year_kwh);
      break;

    case PROP_SUPPORT_CHOICE:
      g_value_set_string (value, self->support_choice);
      break;

    case PROP_SUPPORT_CHOICE_REASON:
      g_value_set_string (value, self->support_choice_reason);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_enterprise_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ZjtxEnterprise *self = ZJTX_ENTERPRISE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      zjtx_enterprise_set_name (self, g_value_get_string (value));
      break;

    case PROP_USCC:
      zjtx_enterprise_set_uscc (self, g_value_get_string (value));
      break;

    case PROP_TOWNSHIP:
      zjtx_enterprise_set_township (self, g_value_get_string (value));
      break;

    case PROP_INDUSTRY:
      zjtx_enterprise_set_industry (self, g_value_get_string (value));
      break;

    case PROP_NICHE:
      zjtx_enterprise_set_niche (self, g_value_get_string (value));
      break;

    case PROP_PRODUCTS:
      zjtx_enterprise_set_products (self, g_value_get_string (value));
      break;

    case PROP_ADDRESS:
      zjtx_enterprise_set_address (self, g_value_get_string (value));
      break;

    case PROP_LEGAL_REPRESENTATIVE:
      zjtx_enterprise_set_legal_representative (self, g_value_get_string (value));
      break;

    case PROP_CONTACT_PERSON:
      zjtx_enterprise_set_contact_person (self, g_value_get_string (value));
      break;

    case PROP_CONTACT_PHONE:
      zjtx_enterprise_set_contact_phone (self, g_value_get_string (value));
      break;

    case PROP_FOUNDED:
      zjtx_enterprise_set_founded (self, g_value_get_string (value));
      break;

    case PROP_PARK_ID:
      zjtx_enterprise_set_park_id (self, g_value_get_int64 (value));
      break;

    case PROP_PARK_ENTRY_DATE:
      zjtx_enterprise_set_park_entry_date (self, g_value_get_string (value));
      break;

    case PROP_KEY_TARGET:
      zjtx_enterprise_set_key_target (self, g_value_get_boolean (value));
      break;

    case PROP_RECOMMENDED:
      zjtx_enterprise_set_recommended (self, g_value_get_boolean (value));
      break;

    case PROP_COMMISSIONER_ID:
      zjtx_enterprise_set_commissioner_id (self, g_value_get_int64 (value));
      break;

    case PROP_LIAISON_ID:
      zjtx_enterprise_set_liaison_id (self, g_value_get_int64 (value));
      break;

    case PROP_FIRST_YEAR_KWH:
      zjtx_enterprise_set_first_year_kwh (self, g_value_get_int64 (value));
      break;

    case PROP_SUPPORT_CHOICE:
      zjtx_enterprise_set_support_choice (self, g_value_get_string (value));
      break;

    case PROP_SUPPORT_CHOICE_REASON:
      zjtx_enterprise_set_support_choice_reason (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      zjtx_enterprise_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* "auto" lets the evaluator take the larger of the two subsidies that do not
 * go together; the others are an officer's choice of one. */
static const char * const support_choices[] = {
  "auto",
  "loan_interest_subsidy",
  "rent_subsidy",
  NULL
};

static gboolean
zjtx_enterprise_validate (ZjtxRecord  *record,
                          GError     **error)
{
  ZjtxEnterprise *self = ZJTX_ENTERPRISE (record);

  if (!zjtx_record_check_required (record, "name", error))
    return FALSE;

  if (self->uscc != NULL)
    {
      g_autoptr(GError) uscc_error = NULL;

      /* A wrong organisation-code check (position 17) is only a warning:
       * some old codes carry one. */
      if (!zjtx_uscc_validate (self->uscc, NULL, &uscc_error))
        return zjtx_record_invalid (record, error, "uscc", "%s", uscc_error->message);
    }

  if (!zjtx_record_check_date (record, "founded", FALSE, error) ||
      !zjtx_record_check_date (record, "park-entry-date", FALSE, error))
    return FALSE;

  /* An entry date is the date of entering some park: without the park it
   * is a slip, and the park supports could not be judged. */
  if (self->park_entry_date != NULL && self->park_id == 0)
    return zjtx_record_invalid (record, error, "park-id", "%s",
                                _("must be chosen when a park entry date is given"));

  if (self->first_year_kwh != ZJTX_RECORD_NULL && self->first_year_kwh < 0)
    return zjtx_record_invalid (record, error, "first-year-kwh", "%s", _("must not be negative"));

  if (!zjtx_record_check_required (record, "support-choice", error))
    return FALSE;
  if (!g_strv_contains (support_choices, self->support_choice))
    return zjtx_record_invalid (record, error, "support-choice",
                                _("must be auto, loan_interest_subsidy or rent_subsidy, not “%s”"),
                                self->support_choice);

  /* The policy lets an officer override the larger subsidy, on the record. */
  if (strcmp (self->support_choice, "auto") != 0)
    {
      g_autofree char *reason = g_strstrip (g_strdup (self->support_choice_reason));

      if (reason[0] == '\0')
        return zjtx_record_invalid (record, error, "support-choice-reason", "%s",
                                    _("must be filled in when the support choice is not “auto”"));
    }

  return TRUE;
}

static void
zjtx_enterprise_class_init (ZjtxEnterpriseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZjtxRecordClass *record_class = ZJTX_RECORD_CLASS (klass);

  object_class->finalize = zjtx_enterprise_finalize;
  object_class->get_property = zjtx_enterprise_get_property;
  object_class->set_property = zjtx_enterprise_set_property;

  record_class->table = "enterprise";
  record_class->validate = zjtx_enterprise_validate;

  properties[PROP_NAME] =
    g_param_spec_string ("name", N_("Enterprise name"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_USCC] =
    g_param_spec_string ("uscc", N_("USCC"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TOWNSHIP] =
    g_param_spec_string ("township", N_("Township"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_INDUSTRY] =
    g_param_spec_string ("industry", N_("Industry chain"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NICHE] =
    g_param_spec_string ("niche", N_("Niche market"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PRODUCTS] =
    g_param_spec_string ("products", N_("Main products"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", N_("Address"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LEGAL_REPRESENTATIVE] =
    g_param_spec_string ("legal-representative", N_("Legal representative"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CONTACT_PERSON] =
    g_param_spec_string ("contact-person", N_("Contact person"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CONTACT_PHONE] =
    g_param_spec_string ("contact-phone", N_("Contact phone"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FOUNDED] =
    g_param_spec_string ("founded", N_("Founding date"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PARK_ID] =
    g_param_spec_int64 ("park-id", N_("Park"), NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PARK_ENTRY_DATE] =
    g_param_spec_string ("park-entry-date", N_("Park entry date"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KEY_TARGET] =
    g_param_spec_boolean ("key-target", N_("Key cultivation target"), NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RECOMMENDED] =
    g_param_spec_boolean ("recommended", N_("Recommended for the next tier"), NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMMISSIONER_ID] =
    g_param_spec_int64 ("commissioner-id", N_("Service commissioner"), NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LIAISON_ID] =
    g_param_spec_int64 ("liaison-id", N_("Liaison leader"), NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FIRST_YEAR_KWH] =
    g_param_spec_int64 ("first-year-kwh", N_("First-year electricity (kWh)"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUPPORT_CHOICE] =
    g_param_spec_string ("support-choice", N_("Support choice"), NULL,
                         "auto",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUPPORT_CHOICE_REASON] =
    g_param_spec_string ("support-choice-reason", N_("Reason for the support choice"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", N_("Notes"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_enterprise_init (ZjtxEnterprise *self)
{
  /* The columns' defaults; NULL, FALSE and 0 need no code. */
  self->name = g_strdup ("");
  self->industry = g_strdup ("");
  self->niche = g_strdup ("");
  self->products = g_strdup ("");
  self->address = g_strdup ("");
  self->legal_representative = g_strdup ("");
  self->contact_person = g_strdup ("");
  self->contact_phone = g_strdup ("");
  self->first_year_kwh = ZJTX_RECORD_NULL;
  self->support_choice = g_strdup ("auto");
  self->support_choice_reason = g_strdup ("");
  self->notes = g_strdup ("");
}

ZjtxEnterprise *
zjtx_enterprise_new (void)
{
  return g_object_new (ZJTX_TYPE_ENTERPRISE, NULL);
}

const char *
zjtx_enterprise_get_name (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), NULL);

  return self->name;
}

void
zjtx_enterprise_set_name (ZjtxEnterprise *self,
                          const char     *name)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  if (name == NULL)
    name = "";
  if (zjtx_record_replace_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
zjtx_enterprise_get_uscc (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), NULL);

  return self->uscc;
}

void
zjtx_enterprise_set_uscc (ZjtxEnterprise *self,
                          const char     *uscc)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  if (uscc != NULL && uscc[0] == '\0')
    uscc = NULL;
  if (zjtx_record_replace_string (&self->uscc, uscc))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USCC]);
}

const char *
zjtx_enterprise_get_township (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), NULL);

  return self->township;
}

void
zjtx_enterprise_set_township (ZjtxEnterprise *self,
                              const char     *township)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  if (township != NULL && township[0] == '\0')
    township = NULL;
  if (zjtx_record_replace_string (&self->township, township))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOWNSHIP]);
}

const char *
zjtx_enterprise_get_industry (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), NULL);

  return self->industry;
}

void
zjtx_enterprise_set_industry (ZjtxEnterprise *self,
                              const char     *industry)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  if (industry == NULL)
    industry = "";
  if (zjtx_record_replace_string (&self->industry, industry))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDUSTRY]);
}

const char *
zjtx_enterprise_get_niche (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), NULL);

  return self->niche;
}

void
zjtx_enterprise_set_niche (ZjtxEnterprise *self,
                           const char     *niche)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  if (niche == NULL)
    niche = "";
  if (zjtx_record_replace_string (&self->niche, niche))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NICHE]);
}

const char *
zjtx_enterprise_get_products (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), NULL);

  return self->products;
}

void
zjtx_enterprise_set_products (ZjtxEnterprise *self,
                              const char     *products)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  if (products == NULL)
    products = "";
  if (zjtx_record_replace_string (&self->products, products))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRODUCTS]);
}

const char *
zjtx_enterprise_get_address (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), NULL);

  return self->address;
}

void
zjtx_enterprise_set_address (ZjtxEnterprise *self,
                             const char     *address)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  if (address == NULL)
    address = "";
  if (zjtx_record_replace_string (&self->address, address))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
zjtx_enterprise_get_legal_representative (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), NULL);

  return self->legal_representative;
}

void
zjtx_enterprise_set_legal_representative (ZjtxEnterprise *self,
                                          const char     *legal_representative)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  if (legal_representative == NULL)
    legal_representative = "";
  if (zjtx_record_replace_string (&self->legal_representative, legal_representative))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL_REPRESENTATIVE]);
}

const char *
zjtx_enterprise_get_contact_person (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), NULL);

  return self->contact_person;
}

void
zjtx_enterprise_set_contact_person (ZjtxEnterprise *self,
                                    const char     *contact_person)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  if (contact_person == NULL)
    contact_person = "";
  if (zjtx_record_replace_string (&self->contact_person, contact_person))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_PERSON]);
}

const char *
zjtx_enterprise_get_contact_phone (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), NULL);

  return self->contact_phone;
}

void
zjtx_enterprise_set_contact_phone (ZjtxEnterprise *self,
                                   const char     *contact_phone)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  if (contact_phone == NULL)
    contact_phone = "";
  if (zjtx_record_replace_string (&self->contact_phone, contact_phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_PHONE]);
}

const char *
zjtx_enterprise_get_founded (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), NULL);

  return self->founded;
}

void
zjtx_enterprise_set_founded (ZjtxEnterprise *self,
                             const char     *founded)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  if (founded != NULL && founded[0] == '\0')
    founded = NULL;
  if (zjtx_record_replace_string (&self->founded, founded))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOUNDED]);
}

gint64
zjtx_enterprise_get_park_id (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), 0);

  return self->park_id;
}

void
zjtx_enterprise_set_park_id (ZjtxEnterprise *self,
                             gint64          park_id)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));
  g_return_if_fail (park_id >= 0);

  if (self->park_id != park_id)
    {
      self->park_id = park_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARK_ID]);
    }
}

const char *
zjtx_enterprise_get_park_entry_date (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), NULL);

  return self->park_entry_date;
}

void
zjtx_enterprise_set_park_entry_date (ZjtxEnterprise *self,
                                     const char     *park_entry_date)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  if (park_entry_date != NULL && park_entry_date[0] == '\0')
    park_entry_date = NULL;
  if (zjtx_record_replace_string (&self->park_entry_date, park_entry_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARK_ENTRY_DATE]);
}

gboolean
zjtx_enterprise_get_key_target (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), FALSE);

  return self->key_target;
}

void
zjtx_enterprise_set_key_target (ZjtxEnterprise *self,
                                gboolean        key_target)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  key_target = !!key_target;
  if (self->key_target != key_target)
    {
      self->key_target = key_target;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY_TARGET]);
    }
}

gboolean
zjtx_enterprise_get_recommended (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), FALSE);

  return self->recommended;
}

void
zjtx_enterprise_set_recommended (ZjtxEnterprise *self,
                                 gboolean        recommended)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  recommended = !!recommended;
  if (self->recommended != recommended)
    {
      self->recommended = recommended;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOMMENDED]);
    }
}

gint64
zjtx_enterprise_get_commissioner_id (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), 0);

  return self->commissioner_id;
}

void
zjtx_enterprise_set_commissioner_id (ZjtxEnterprise *self,
                                     gint64          commissioner_id)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));
  g_return_if_fail (commissioner_id >= 0);

  if (self->commissioner_id != commissioner_id)
    {
      self->commissioner_id = commissioner_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMISSIONER_ID]);
    }
}

gint64
zjtx_enterprise_get_liaison_id (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), 0);

  return self->liaison_id;
}

void
zjtx_enterprise_set_liaison_id (ZjtxEnterprise *self,
                                gint64          liaison_id)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));
  g_return_if_fail (liaison_id >= 0);

  if (self->liaison_id != liaison_id)
    {
      self->liaison_id = liaison_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIAISON_ID]);
    }
}

gint64
zjtx_enterprise_get_first_year_kwh (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), ZJTX_RECORD_NULL);

  return self->first_year_kwh;
}

void
zjtx_enterprise_set_first_year_kwh (ZjtxEnterprise *self,
                                    gint64          first_year_kwh)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  if (self->first_year_kwh != first_year_kwh)
    {
      self->first_year_kwh = first_year_kwh;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_YEAR_KWH]);
    }
}

const char *
zjtx_enterprise_get_support_choice (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), NULL);

  return self->support_choice;
}

void
zjtx_enterprise_set_support_choice (ZjtxEnterprise *self,
                                    const char     *support_choice)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  if (support_choice == NULL)
    support_choice = "";
  if (zjtx_record_replace_string (&self->support_choice, support_choice))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUPPORT_CHOICE]);
}

const char *
zjtx_enterprise_get_support_choice_reason (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), NULL);

  return self->support_choice_reason;
}

void
zjtx_enterprise_set_support_choice_reason (ZjtxEnterprise *self,
                                           const char     *support_choice_reason)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  if (support_choice_reason == NULL)
    support_choice_reason = "";
  if (zjtx_record_replace_string (&self->support_choice_reason, support_choice_reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUPPORT_CHOICE_REASON]);
}

const char *
zjtx_enterprise_get_notes (ZjtxEnterprise *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE (self), NULL);

  return self->notes;
}

void
zjtx_enterprise_set_notes (ZjtxEnterprise *self,
                           const char     *notes)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE (self));

  if (notes == NULL)
    notes = "";
  if (zjtx_record_replace_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
