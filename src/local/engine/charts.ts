/**
 * Embedded charts as plain descriptions (type, source ranges, options, position): the bar chart
 * the summary sheet draws. Each setter records its option as setOption would.
 */
import type { EngineContext } from './context';
import type { ChartData } from './model';
import type { BarChartBuilderApi, ChartBuilderApi, EmbeddedChartApi, RangeApi } from '../../sheets/gas';

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

/** A built chart, ready for Sheet.insertChart. */
export class FakeEmbeddedChart implements EmbeddedChartApi {
  constructor(readonly data: ChartData) {}
}

/** Plays both the general builder and the bar chart builder: they differ only in what they offer. */
export class FakeChartBuilder implements ChartBuilderApi, BarChartBuilderApi {
  private readonly data = newChartData();

  constructor(private readonly ctx: EngineContext) {}

  private hit(method: string): void {
    this.ctx.calls.hit('EmbeddedChartBuilder', method);
  }
  private option(method: string, key: string, value: unknown): this {
    this.hit(method);
    this.data.options[key] = value;
    return this;
  }

  asBarChart(): this {
    this.hit('asBarChart');
    this.data.type = 'BAR';
    return this;
  }
  addRange(range: RangeApi): this {
    this.hit('addRange');
    const { sheet, grid } = this.ctx.rangeData(range);
    this.data.ranges.push({ sheetId: sheet.sheetId, range: { ...grid } });
    return this;
  }
  setNumHeaders(headers: number): this {
    this.hit('setNumHeaders');
    this.data.numHeaders = headers;
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
  setColors(cssValues: string[]): this {
    return this.option('setColors', 'colors', [...cssValues]);
  }
  setStacked(): this {
    return this.option('setStacked', 'isStacked', true);
  }
  build(): FakeEmbeddedChart {
    this.hit('build');
    return new FakeEmbeddedChart(cloneChart(this.data));
  }
}
