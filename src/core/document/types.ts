import type { z } from 'zod';
import type * as S from './schema.ts';

export type Point = z.infer<typeof S.PointSchema>;
export type Segment = z.infer<typeof S.SegmentSchema>;
export type SubPath = z.infer<typeof S.SubPathSchema>;
export type PathGeom = z.infer<typeof S.PathGeomSchema>;
export type FillRule = z.infer<typeof S.FillRuleSchema>;
export type ColorRef = z.infer<typeof S.ColorRefSchema>;
export type Finish = z.infer<typeof S.FinishSchema>;
export type PaintIssue = z.infer<typeof S.PaintIssueSchema>;
export type OutlineItem = z.infer<typeof S.OutlineItemSchema>;
export type CutoutItem = z.infer<typeof S.CutoutItemSchema>;
export type MetalLineItem = z.infer<typeof S.MetalLineItemSchema>;
export type MetalAreaItem = z.infer<typeof S.MetalAreaItemSchema>;
export type EnamelFillItem = z.infer<typeof S.EnamelFillItemSchema>;
export type TextItem = z.infer<typeof S.TextItemSchema>;
export type Item = z.infer<typeof S.ItemSchema>;
export type ItemKind = Item['kind'];
export type Process = z.infer<typeof S.ProcessSchema>;
export type Plating = z.infer<typeof S.PlatingSchema>;
export type PinSpec = z.infer<typeof S.SpecSchema>;
export type Severity = z.infer<typeof S.SeveritySchema>;
export type RuleSetting = z.infer<typeof S.RuleSettingSchema>;
export type Waiver = z.infer<typeof S.WaiverSchema>;
export type CheckSettings = z.infer<typeof S.CheckSettingsSchema>;
export type PinDocument = z.infer<typeof S.PinDocumentSchema>;

export type ItemOf<K extends ItemKind> = Extract<Item, { kind: K }>;
