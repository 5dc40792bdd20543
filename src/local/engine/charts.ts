/**
 * Embedded charts as plain descriptions: type, source ranges, options, position. One builder
 * class plays every typed builder (column, pie, …): they differ only in which option setters
 * they offer, and each setter here records its option the way setOption would.
 */
import type { EngineContext } from './context';
import { ChartHiddenDimensionStrategy, ChartMergeStrategy, ChartType, nameOf, enumMember } from './enums';
import type { ChartData } from './model';
import Ss = GoogleAppsScript.Spreadsheet;
import Charts = GoogleAppsScript.Charts;

export function cloneChart(c: ChartData): ChartData {
  return {
    ...c,
    ranges: c.ranges.map((r) => ({ sheetId: r.sheetId, range: { ...r.range } })),
    options: { ...c.options },
    position: { ...c.position },
  };
}

function newChartData(): ChartData {
  return {
    chartId: null,
    type: 'COLUMN',
    ranges: [],
    options: {},
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
    transpose: false,
    hiddenDimensionStrategy: 'IGNORE_ROWS',
    mergeStrategy: 'MERGE_COLUMNS',
  };
}

class FakeContainerInfo implements Ss.ContainerInfo {
  constructor(private readonly p: ChartData['position']) {}
  getAnchorColumn(): number {
    return this.p.column;
  }
  getAnchorRow(): number {
    return this.p.row;
  }
  getOffsetX(): number {
    return this.p.offsetX;
  }
  getOffsetY(): number {
    return this.p.offsetY;
  }
}

export class FakeEmbeddedChart implements Ss.EmbeddedChart {
  constructor(
    private readonly ctx: EngineContext,
    readonly data: ChartData,
  ) {}
  private hit(method: string): void {
    this.ctx.calls.hit('EmbeddedChart', method);
  }
  getAs(): GoogleAppsScript.Base.Blob {
    this.hit('getAs');
    throw new Error('Chart images are not rendered by the local engine.');
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    this.hit('getBlob');
    throw new Error('Chart images are not rendered by the local engine.');
  }
  getChartId(): number | null {
    this.hit('getChartId');
    return this.data.chartId;
  }
  getContainerInfo(): Ss.ContainerInfo {
    this.hit('getContainerInfo');
    return new FakeContainerInfo({ ...this.data.position });
  }
  getHiddenDimensionStrategy(): Charts.ChartHiddenDimensionStrategy {
    this.hit('getHiddenDimensionStrategy');
    return enumMember(ChartHiddenDimensionStrategy, this.data.hiddenDimensionStrategy);
  }
  getMergeStrategy(): Charts.ChartMergeStrategy {
    this.hit('getMergeStrategy');
    return enumMember(ChartMergeStrategy, this.data.mergeStrategy);
  }
  getNumHeaders(): number {
    this.hit('getNumHeaders');
    return this.data.numHeaders;
  }
  getOptions(): Charts.ChartOptions {
    this.hit('getOptions');
    const options = { ...this.data.options };
    return { get: (option: string) => options[option] ?? null };
  }
  getRanges(): Ss.Range[] {
    this.hit('getRanges');
    return this.data.ranges.map((r) => this.ctx.resolveRange(r));
  }
  getTransposeRowsAndColumns(): boolean {
    this.hit('getTransposeRowsAndColumns');
    return this.data.transpose;
  }
  modify(): Ss.EmbeddedChartBuilder {
    this.hit('modify');
    return new FakeChartBuilder(this.ctx, cloneChart(this.data));
  }
}

export class FakeChartBuilder
  implements
    Ss.EmbeddedChartBuilder,
    Ss.EmbeddedAreaChartBuilder,
    Ss.EmbeddedBarChartBuilder,
    Ss.EmbeddedColumnChartBuilder,
    Ss.EmbeddedComboChartBuilder,
    Ss.EmbeddedHistogramChartBuilder,
    Ss.EmbeddedLineChartBuilder,
    Ss.EmbeddedPieChartBuilder,
    Ss.EmbeddedScatterChartBuilder,
    Ss.EmbeddedTableChartBuilder
{
  constructor(
    private readonly ctx: EngineContext,
    private readonly data: ChartData = newChartData(),
  ) {}

  private hit(method: string): void {
    this.ctx.calls.hit('EmbeddedChartBuilder', method);
  }
  private option(method: string, key: string, value: unknown): this {
    this.hit(method);
    this.data.options[key] = value;
    return this;
  }
  private as(method: string, type: string): this {
    this.hit(method);
    this.data.type = type;
    return this;
  }

  addRange(range: Ss.Range): this {
    this.hit('addRange');
    const { sheet, grid } = this.ctx.rangeData(range);
    this.data.ranges.push({ sheetId: sheet.sheetId, range: { ...grid } });
    return this;
  }
  removeRange(range: Ss.Range): this {
    this.hit('removeRange');
    const { sheet, grid } = this.ctx.rangeData(range);
    this.data.ranges = this.data.ranges.filter(
      (r) => !(r.sheetId === sheet.sheetId && JSON.stringify(r.range) === JSON.stringify(grid)),
    );
    return this;
  }
  clearRanges(): this {
    this.hit('clearRanges');
    this.data.ranges = [];
    return this;
  }
  getRanges(): Ss.Range[] {
    this.hit('getRanges');
    return this.data.ranges.map((r) => this.ctx.resolveRange(r));
  }
  getChartType(): Charts.ChartType {
    this.hit('getChartType');
    return enumMember(ChartType, this.data.type);
  }
  getContainer(): Ss.ContainerInfo {
    this.hit('getContainer');
    return new FakeContainerInfo({ ...this.data.position });
  }
  build(): Ss.EmbeddedChart {
    this.hit('build');
    return new FakeEmbeddedChart(this.ctx, cloneChart(this.data));
  }

  asAreaChart(): this {
    return this.as('asAreaChart', 'AREA');
  }
  asBarChart(): this {
    return this.as('asBarChart', 'BAR');
  }
  asColumnChart(): this {
    return this.as('asColumnChart', 'COLUMN');
  }
  asComboChart(): this {
    return this.as('asComboChart', 'COMBO');
  }
  asHistogramChart(): this {
    return this.as('asHistogramChart', 'HISTOGRAM');
  }
  asLineChart(): this {
    return this.as('asLineChart', 'LINE');
  }
  asPieChart(): this {
    return this.as('asPieChart', 'PIE');
  }
  asScatterChart(): this {
    return this.as('asScatterChart', 'SCATTER');
  }
  asTableChart(): this {
    return this.as('asTableChart', 'TABLE');
  }
  setChartType(type: Charts.ChartType): this {
    return this.as('setChartType', nameOf(ChartType, type));
  }

  setHiddenDimensionStrategy(strategy: Charts.ChartHiddenDimensionStrategy): this {
    this.hit('setHiddenDimensionStrategy');
    this.data.hiddenDimensionStrategy = nameOf(ChartHiddenDimensionStrategy, strategy);
    return this;
  }
  setMergeStrategy(mergeStrategy: Charts.ChartMergeStrategy): this {
    this.hit('setMergeStrategy');
    this.data.mergeStrategy = nameOf(ChartMergeStrategy, mergeStrategy);
    return this;
  }
  setNumHeaders(headers: number): this {
    this.hit('setNumHeaders');
    this.data.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.hit('setTransposeRowsAndColumns');
    this.data.transpose = transpose;
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.hit('setPosition');
    this.data.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): this {
    return this.option('setOption', option, value);
  }

  setTitle(chartTitle: string): this {
    return this.option('setTitle', 'title', chartTitle);
  }
  setTitleTextStyle(textStyle: Charts.TextStyle): this {
    return this.option('setTitleTextStyle', 'titleTextStyle', textStyle);
  }
  setBackgroundColor(cssValue: string): this {
    return this.option('setBackgroundColor', 'backgroundColor', cssValue);
  }
  setColors(cssValues: string[]): this {
    return this.option('setColors', 'colors', [...cssValues]);
  }
  setLegendPosition(position: Charts.Position): this {
    return this.option('setLegendPosition', 'legend.position', position);
  }
  setLegendTextStyle(textStyle: Charts.TextStyle): this {
    return this.option('setLegendTextStyle', 'legend.textStyle', textStyle);
  }
  setStacked(): this {
    return this.option('setStacked', 'isStacked', true);
  }
  set3D(): this {
    return this.option('set3D', 'is3D', true);
  }
  reverseCategories(): this {
    return this.option('reverseCategories', 'reverseCategories', true);
  }
  reverseDirection(): this {
    return this.option('reverseDirection', 'hAxis.direction', -1);
  }
  useLogScale(): this {
    return this.option('useLogScale', 'vAxis.logScale', true);
  }
  setRange(start: number, end: number): this {
    return this.option('setRange', 'vAxis.viewWindow', { min: start, max: end });
  }
  setPointStyle(style: Charts.PointStyle): this {
    return this.option('setPointStyle', 'pointStyle', style);
  }
  setCurveStyle(style: Charts.CurveStyle): this {
    return this.option('setCurveStyle', 'curveType', style);
  }
  setXAxisTitle(title: string): this {
    return this.option('setXAxisTitle', 'hAxis.title', title);
  }
  setXAxisTextStyle(textStyle: Charts.TextStyle): this {
    return this.option('setXAxisTextStyle', 'hAxis.textStyle', textStyle);
  }
  setXAxisTitleTextStyle(textStyle: Charts.TextStyle): this {
    return this.option('setXAxisTitleTextStyle', 'hAxis.titleTextStyle', textStyle);
  }
  setXAxisLogScale(): this {
    return this.option('setXAxisLogScale', 'hAxis.logScale', true);
  }
  setXAxisRange(start: number, end: number): this {
    return this.option('setXAxisRange', 'hAxis.viewWindow', { min: start, max: end });
  }
  setYAxisTitle(title: string): this {
    return this.option('setYAxisTitle', 'vAxis.title', title);
  }
  setYAxisTextStyle(textStyle: Charts.TextStyle): this {
    return this.option('setYAxisTextStyle', 'vAxis.textStyle', textStyle);
  }
  setYAxisTitleTextStyle(textStyle: Charts.TextStyle): this {
    return this.option('setYAxisTitleTextStyle', 'vAxis.titleTextStyle', textStyle);
  }
  setYAxisLogScale(): this {
    return this.option('setYAxisLogScale', 'vAxis.logScale', true);
  }
  setYAxisRange(start: number, end: number): this {
    return this.option('setYAxisRange', 'vAxis.viewWindow', { min: start, max: end });
  }
  enablePaging(enableOrPageSize: boolean | number, startPage?: number): this {
    this.option('enablePaging', 'page', enableOrPageSize === false ? 'disable' : 'enable');
    if (typeof enableOrPageSize === 'number') this.data.options.pageSize = enableOrPageSize;
    if (startPage !== undefined) this.data.options.startPage = startPage;
    return this;
  }
  enableRtlTable(rtlEnabled: boolean): this {
    return this.option('enableRtlTable', 'rtlTable', rtlEnabled);
  }
  enableSorting(enableSorting: boolean): this {
    return this.option('enableSorting', 'sort', enableSorting ? 'enable' : 'disable');
  }
  setFirstRowNumber(number: number): this {
    return this.option('setFirstRowNumber', 'firstRowNumber', number);
  }
  setInitialSortingAscending(column: number): this {
    this.option('setInitialSortingAscending', 'sortColumn', column);
    this.data.options.sortAscending = true;
    return this;
  }
  setInitialSortingDescending(column: number): this {
    this.option('setInitialSortingDescending', 'sortColumn', column);
    this.data.options.sortAscending = false;
    return this;
  }
  showRowNumberColumn(showRowNumber: boolean): this {
    return this.option('showRowNumberColumn', 'showRowNumber', showRowNumber);
  }
  useAlternatingRowStyle(alternate: boolean): this {
    return this.option('useAlternatingRowStyle', 'alternatingRowStyle', alternate);
  }
}
