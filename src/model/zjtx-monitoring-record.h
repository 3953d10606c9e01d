/* zjtx-monitoring-record.h: an enterprise's figures for a year or a quarter (运行监测)
 *
 * "period" is a year ("2024") or a quarter ("2024Q3"). Revenue, output value,
 * R&D expense, tax paid and profit are in fen; kWh and the counts as they are.
 * A figure not reported is ZJTX_RECORD_NULL.
 */
#pragma once

#include "zjtx-record.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_MONITORING_RECORD (zjtx_monitoring_record_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxMonitoringRecord, zjtx_monitoring_record, ZJTX, MONITORING_RECORD, ZjtxRecord)

ZjtxMonitoringRecord *zjtx_monitoring_record_new               (void);

gint64                zjtx_monitoring_record_get_enterprise_id (ZjtxMonitoringRecord *self);
void                  zjtx_monitoring_record_set_enterprise_id (ZjtxMonitoringRecord *self,
                                                                gint64                enterprise_id);

const char           *zjtx_monitoring_record_get_period        (ZjtxMonitoringRecord *self);
void                  zjtx_monitoring_record_set_period        (ZjtxMonitoringRecord *self,
                                                                const char           *period);

gint64                zjtx_monitoring_record_get_revenue       (ZjtxMonitoringRecord *self);
void                  zjtx_monitoring_record_set_revenue       (ZjtxMonitoringRecord *self,
                                                                gint64                revenue);

gint64                zjtx_monitoring_record_get_output        (ZjtxMonitoringRecord *self);
void                  zjtx_monitoring_record_set_output        (ZjtxMonitoringRecord *self,
                                                                gint64                output);

gint64                zjtx_monitoring_record_get_rd_expense    (ZjtxMonitoringRecord *self);
void                  zjtx_monitoring_record_set_rd_expense    (ZjtxMonitoringRecord *self,
                                                                gint64                rd_expense);

gint64                zjtx_monitoring_record_get_employees     (ZjtxMonitoringRecord *self);
void                  zjtx_monitoring_record_set_employees     (ZjtxMonitoringRecord *self,
                                                                gint64                employees);

gint64                zjtx_monitoring_record_get_kwh           (ZjtxMonitoringRecord *self);
void                  zjtx_monitoring_record_set_kwh           (ZjtxMonitoringRecord *self,
                                                                gint64                kwh);

gint64                zjtx_monitoring_record_get_tax_paid      (ZjtxMonitoringRecord *self);
void                  zjtx_monitoring_record_set_tax_paid      (ZjtxMonitoringRecord *self,
                                                                gint64                tax_paid);

gint64                zjtx_monitoring_record_get_profit        (ZjtxMonitoringRecord *self);
void                  zjtx_monitoring_record_set_profit        (ZjtxMonitoringRecord *self,
                                                                gint64                profit);

gint64                zjtx_monitoring_record_get_patents       (ZjtxMonitoringRecord *self);
void                  zjtx_monitoring_record_set_patents       (ZjtxMonitoringRecord *self,
                                                                gint64                patents);

/* A year ("2024") or a quarter ("2024Q3"), as periods are written. */
gboolean zjtx_monitoring_record_period_is_valid (const char *period);

G_END_DECLS
