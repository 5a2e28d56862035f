#!/usr/bin/env python3
"""Run QSTrader backtests for the reference cases and write one JSON per case.

The JSON files are the expected outputs that the Java engine's equivalence tests
compare against. QSTrader itself is not part of this repository: it is imported from
a checkout given on PYTHONPATH (see README.md next to this script).

Usage:
    PYTHONPATH=/path/to/qstrader /usr/bin/python3 run_reference.py [--only CASE ...]
"""
import argparse
import datetime
import hashlib
import json
import math
import os
import subprocess
import sys
import time
import types

import numpy as np
import pandas as pd
import pytz

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
MARKET_DIR = os.path.join(REPO_ROOT, 'datasets', 'market')
OUT_DIR = os.path.join(REPO_ROOT, 'src', 'test', 'resources', 'qstrader-reference')
SECTORS_DIR = os.path.join(OUT_DIR, 'data', 'sectors')


def _stub_module_if_missing(name):
    """The tearsheet module imports plotting libraries at import time although the
    statistics used here never plot; a stub keeps the import working where the
    library is not installed."""
    try:
        __import__(name)
    except ImportError:
        sys.modules[name] = types.ModuleType(name)


_stub_module_if_missing('seaborn')

from qstrader import settings  # noqa: E402
from qstrader.alpha_model.alpha_model import AlphaModel  # noqa: E402
from qstrader.alpha_model.fixed_signals import FixedSignalsAlphaModel  # noqa: E402
from qstrader.asset.equity import Equity  # noqa: E402
from qstrader.asset.universe.dynamic import DynamicUniverse  # noqa: E402
from qstrader.asset.universe.static import StaticUniverse  # noqa: E402
from qstrader.broker.fee_model.percent_fee_model import PercentFeeModel  # noqa: E402
from qstrader.broker.fee_model.zero_fee_model import ZeroFeeModel  # noqa: E402
from qstrader.broker.portfolio.portfolio import Portfolio  # noqa: E402
from qstrader.data.backtest_data_handler import BacktestDataHandler  # noqa: E402
from qstrader.data.daily_bar_csv import CSVDailyBarDataSource  # noqa: E402
from qstrader.signals.momentum import MomentumSignal  # noqa: E402
from qstrader.signals.signals_collection import SignalsCollection  # noqa: E402
import qstrader.statistics.performance as perf  # noqa: E402
from qstrader.statistics.tearsheet import TearsheetStatistics  # noqa: E402
from qstrader.trading.backtest import BacktestTradingSession  # noqa: E402

settings.set_print_events(False)

# ---------------------------------------------------------------------------
# Fill capture: wrap the portfolio's transaction method (at runtime, from here)
# so every executed transaction is recorded with the exact cash balance after it.
_original_transact_asset = Portfolio.transact_asset


def _recording_transact_asset(self, txn):
    _original_transact_asset(self, txn)
    self.__dict__.setdefault('reference_fills', []).append([
        txn.dt.isoformat(), txn.asset, int(txn.quantity), float(txn.price),
        float(txn.commission), float(self.cash)
    ])


Portfolio.transact_asset = _recording_transact_asset


# ---------------------------------------------------------------------------
# Momentum alpha model with the behaviour of QSTrader's examples/momentum_taa.py:
# zero weight for every universe asset, and once the signals collection has seen at
# least `lookback` closes, 1/N to each of the N assets with the highest momentum.
class TopMomentumAlpha(AlphaModel):
    def __init__(self, signals, lookback, top_n, universe):
        self.signals = signals
        self.lookback = lookback
        self.top_n = top_n
        self.universe = universe

    def __call__(self, dt):
        weights = {asset: 0.0 for asset in self.universe.get_assets(dt)}
        if self.signals.warmup >= self.lookback:
            momentum = self.signals['momentum']
            scores = [(asset, momentum(asset, self.lookback)) for asset in momentum.assets]
            ranked = sorted(scores, key=lambda pair: pair[1], reverse=True)
            for asset, _ in ranked[:self.top_n]:
                weights[asset] = 1.0 / self.top_n
        return weights


# ---------------------------------------------------------------------------
# Synthetic sector data (input of the momentum_taa case).
SECTOR_SYMBOLS = ['SEC%02d' % i for i in range(1, 11)]
LATE_SYMBOL = 'SEC10'
LATE_DATA_START = '2010-06-01'
LATE_JOIN = '2010-06-15 00:00:00'
SECTOR_SEED = 42


def generate_sector_csvs(out_dir):
    """Ten synthetic funds, Yahoo layout, newest row first, deterministic (seed 42).

    Weekdays 2005-01-03..2015-12-31 without rows on Jan 1, Jul 4 and Dec 25 (when
    weekdays) for every fund, plus three random missing weekdays per fund. Quarterly
    dividends make Close drop on the ex-date and Adj Close is back-adjusted Yahoo-style,
    so Adj Close != Close before the last ex-date. SEC10 only has rows from 2010-06-01.
    """
    rng = np.random.default_rng(SECTOR_SEED)
    days = pd.bdate_range('2005-01-03', '2015-12-31')
    n = len(days)
    holiday = np.array([(d.month, d.day) in ((1, 1), (7, 4), (12, 25)) for d in days])
    os.makedirs(out_dir, exist_ok=True)
    for symbol in SECTOR_SYMBOLS:
        mu = rng.uniform(0.02, 0.14) / 252.0
        sigma = rng.uniform(0.12, 0.32) / math.sqrt(252.0)
        price0 = rng.uniform(20.0, 80.0)
        dividend_yield = rng.uniform(0.002, 0.008)
        log_returns = rng.normal(mu - 0.5 * sigma * sigma, sigma, n)
        open_noise = rng.normal(0.0, 0.3 * sigma, n)
        high_noise = np.abs(rng.normal(0.0, 0.5 * sigma, n))
        low_noise = np.abs(rng.normal(0.0, 0.5 * sigma, n))
        volume = rng.integers(100000, 5000000, n)
        gaps = rng.choice(n, size=3, replace=False)

        close = np.empty(n)
        dividend = np.zeros(n)
        last_quarter = None
        prev = price0
        for i, day in enumerate(days):
            cum = prev * math.exp(log_returns[i])
            quarter = (day.year, day.month)
            if day.month in (3, 6, 9, 12) and day.day >= 15 and quarter != last_quarter:
                dividend[i] = dividend_yield * prev
                last_quarter = quarter
            close[i] = cum - dividend[i]
            prev = close[i]
        previous_close = np.concatenate(([price0], close[:-1]))
        opens = previous_close * np.exp(open_noise)
        highs = np.maximum(opens, close) * (1.0 + high_noise)
        lows = np.minimum(opens, close) * (1.0 - low_noise)
        # Yahoo back-adjustment: every row before an ex-date is scaled by
        # (1 - dividend / close of the day before the ex-date).
        factor = np.ones(n)
        running = 1.0
        for i in range(n - 1, -1, -1):
            factor[i] = running
            if dividend[i] > 0.0:
                running *= 1.0 - dividend[i] / previous_close[i]
        adj_close = close * factor

        keep = ~holiday
        keep[gaps] = False
        if symbol == LATE_SYMBOL:
            keep &= np.asarray(days >= pd.Timestamp(LATE_DATA_START))
        lines = ['Date,Open,High,Low,Close,Volume,Adj Close']
        for i in range(n - 1, -1, -1):
            if keep[i]:
                lines.append('%s,%.6f,%.6f,%.6f,%.6f,%d,%.6f' % (
                    days[i].strftime('%Y-%m-%d'), opens[i], highs[i], lows[i],
                    close[i], volume[i], adj_close[i]))
        with open(os.path.join(out_dir, symbol + '.csv'), 'w') as f:
            f.write('\n'.join(lines) + '\n')


# ---------------------------------------------------------------------------
# Case definitions. A "session" spec describes one BacktestTradingSession.
def ts(text):
    return pd.Timestamp(text, tz=pytz.UTC)


def fixed_session(symbols, weights, start, end, rebalance, data_dir=MARKET_DIR,
                  long_only=True, cash_buffer=0.01, gross_leverage=None, fees=None,
                  burn_in=None, rebalance_weekday=None, initial_cash=1e6):
    return dict(kind='fixed', symbols=symbols, weights=weights, start=start, end=end,
                rebalance=rebalance, data_dir=data_dir, long_only=long_only,
                cash_buffer=cash_buffer if long_only else None,
                gross_leverage=gross_leverage, fees=fees, burn_in=burn_in,
                rebalance_weekday=rebalance_weekday, initial_cash=initial_cash)


def spy_buy_and_hold(start, end):
    return fixed_session(['SPY'], {'EQ:SPY': 1.0}, start, end, 'buy_and_hold')


SF_START = '2006-11-01 14:30:00'
SF_END = '2016-01-04 23:59:00'
SF_WEIGHTS = {'EQ:SPY': 0.6, 'EQ:AGG': 0.4}
MOM_START = '2005-01-03 14:30:00'
MOM_BURN_IN = '2006-01-03 14:30:00'
MOM_END = '2015-12-31 23:59:00'

CASES = {
    'sixty_forty': dict(
        description='examples/sixty_forty.py on datasets/market: SPY 0.6 / AGG 0.4, '
                    'end of month, long-only, 1% cash buffer; benchmark buy-and-hold SPY.',
        strategy=fixed_session(['SPY', 'AGG'], SF_WEIGHTS, SF_START, SF_END, 'end_of_month'),
        benchmark=spy_buy_and_hold(SF_START, SF_END)),
    'sixty_forty_fees': dict(
        description='examples/sixty_forty_fees.py: the 60/40 strategy with PercentFeeModel '
                    '(commission 0.1%, tax 0.5%); benchmark as in that example: the same '
                    '60/40 with ZeroFeeModel.',
        strategy=fixed_session(['SPY', 'AGG'], SF_WEIGHTS, SF_START, SF_END, 'end_of_month',
                               fees=dict(model='PercentFeeModel', commission_pct=0.001,
                                         tax_pct=0.005)),
        benchmark=fixed_session(['SPY', 'AGG'], SF_WEIGHTS, SF_START, SF_END, 'end_of_month')),
    'buy_and_hold': dict(
        description='examples/buy_and_hold.py on SPY: 100% SPY, buy_and_hold, start at '
                    '14:30 so it sizes and fills at the first open; no benchmark.',
        strategy=spy_buy_and_hold(SF_START, SF_END),
        benchmark=None),
    'long_short': dict(
        description='examples/long_short.py logic on our data: SPY 1.0 / AGG -0.7, '
                    'long/short sizer with gross leverage 2.0 (the example uses 5.0 on '
                    'TLT/IEI; 2.0 keeps equity positive through 2008 on SPY/AGG), end of '
                    'month, no cash buffer; benchmark buy-and-hold SPY.',
        strategy=fixed_session(['SPY', 'AGG'], {'EQ:SPY': 1.0, 'EQ:AGG': -0.7},
                               '2007-01-31 14:30:00', SF_END, 'end_of_month',
                               long_only=False, gross_leverage=2.0),
        benchmark=spy_buy_and_hold('2007-01-31 14:30:00', SF_END)),
    'weekly_sixty_forty': dict(
        description='SPY 0.6 / AGG 0.4 rebalanced weekly on Wednesday close; benchmark '
                    'buy-and-hold SPY.',
        strategy=fixed_session(['SPY', 'AGG'], SF_WEIGHTS, SF_START, SF_END, 'weekly',
                               rebalance_weekday='WED'),
        benchmark=spy_buy_and_hold(SF_START, SF_END)),
    'daily_aapl_spy': dict(
        description='AAPL 0.5 / SPY 0.5 rebalanced every weekday close, 2007-01-02..'
                    '2012-12-31; benchmark buy-and-hold SPY.',
        strategy=fixed_session(['AAPL', 'SPY'], {'EQ:AAPL': 0.5, 'EQ:SPY': 0.5},
                               '2007-01-02 14:30:00', '2012-12-31 23:59:00', 'daily'),
        benchmark=spy_buy_and_hold('2007-01-02 14:30:00', '2012-12-31 23:59:00')),
    'momentum_taa': dict(
        description='examples/momentum_taa.py logic on ten synthetic sector funds '
                    '(data/sectors, seed 42): top 3 by 126-day momentum, equal weight, '
                    'end of month, 1% cash buffer, burn-in one year after start, SEC10 '
                    'joins the dynamic universe on 2010-06-15 (its data starts '
                    '2010-06-01); benchmark buy-and-hold SPY from the burn-in date.',
        strategy=dict(kind='momentum', symbols=SECTOR_SYMBOLS, data_dir=SECTORS_DIR,
                      start=MOM_START, end=MOM_END, burn_in=MOM_BURN_IN,
                      rebalance='end_of_month', long_only=True, cash_buffer=0.01,
                      gross_leverage=None, fees=None, rebalance_weekday=None,
                      initial_cash=1e6, lookback=126, top_n=3,
                      join_dates={'EQ:' + LATE_SYMBOL: LATE_JOIN}),
        benchmark=spy_buy_and_hold(MOM_BURN_IN, MOM_END)),
    'edge_weekend_start': dict(
        description='Buy-and-hold SPY starting Saturday 2009-01-17 14:30. The rebalance '
                    'moves to Monday 2009-01-19 14:30, a market holiday with no bar, so it '
                    'sizes and fills at the previous (Friday) adjusted close.',
        strategy=spy_buy_and_hold('2009-01-17 14:30:00', '2009-06-30 23:59:00'),
        benchmark=None),
    'edge_holiday_fill': dict(
        description='Buy-and-hold SPY starting Thursday 2008-07-03 21:00 (a close): it '
                    'sizes at that close and the order fills at the next open instant, '
                    'Friday 2008-07-04 14:30, a holiday without a bar, i.e. at the '
                    '2008-07-03 adjusted close.',
        strategy=spy_buy_and_hold('2008-07-03 21:00:00', '2008-12-31 23:59:00'),
        benchmark=None),
    'edge_midnight_start': dict(
        description='Buy-and-hold SPY starting 2009-01-20 00:00. The single rebalance '
                    'instant (00:00) is never an event instant (only 14:30 and 21:00 are), '
                    'so QSTrader silently never trades: the curve stays at the initial cash.',
        strategy=spy_buy_and_hold('2009-01-20 00:00:00', '2009-02-27 23:59:00'),
        benchmark=None),
    'edge_burn_in': dict(
        description='60/40 end of month from 2006-11-01 14:30 with burn-in 2007-06-15 '
                    '14:30: no rebalance and no equity recorded before the burn-in; the '
                    'first trade is the 2007-06-29 month-end rebalance; benchmark '
                    'buy-and-hold SPY from the burn-in date.',
        strategy=fixed_session(['SPY', 'AGG'], SF_WEIGHTS, SF_START, SF_END, 'end_of_month',
                               burn_in='2007-06-15 14:30:00'),
        benchmark=spy_buy_and_hold('2007-06-15 14:30:00', SF_END)),
    'edge_start_before_data': dict(
        description='60/40 end of month starting 2006-10-02 14:30, a month before the '
                    'first AGG row (2006-11-01). QSTrader looks prices up with a pad '
                    'search; before the first row that search returns -1 and iloc[-1] is '
                    "the file's LAST row, so the 2006-10-31 rebalance sizes AGG with its "
                    '2016-10-13 price; fills then happen at the real 2006-11-01 open.',
        strategy=fixed_session(['SPY', 'AGG'], SF_WEIGHTS, '2006-10-02 14:30:00', SF_END,
                               'end_of_month'),
        benchmark=None),
}


# ---------------------------------------------------------------------------
def make_fee_model(fees):
    if fees is None:
        return ZeroFeeModel()
    return PercentFeeModel(commission_pct=fees['commission_pct'], tax_pct=fees['tax_pct'])


def build_session(spec):
    start, end = ts(spec['start']), ts(spec['end'])
    burn_in = ts(spec['burn_in']) if spec.get('burn_in') else None
    assets = ['EQ:%s' % s for s in spec['symbols']]
    signals = None
    if spec['kind'] == 'momentum':
        asset_dates = {asset: start for asset in assets}
        for asset, join in spec['join_dates'].items():
            asset_dates[asset] = ts(join)
        universe = DynamicUniverse(asset_dates)
    else:
        universe = StaticUniverse(assets)
    source = CSVDailyBarDataSource(spec['data_dir'], Equity, csv_symbols=spec['symbols'])
    data_handler = BacktestDataHandler(universe, data_sources=[source])
    if spec['kind'] == 'momentum':
        momentum = MomentumSignal(start, universe, lookbacks=[spec['lookback']])
        signals = SignalsCollection({'momentum': momentum}, data_handler)
        alpha = TopMomentumAlpha(signals, spec['lookback'], spec['top_n'], universe)
    else:
        alpha = FixedSignalsAlphaModel(dict(spec['weights']))
    kwargs = {}
    if spec['long_only']:
        kwargs['cash_buffer_percentage'] = spec['cash_buffer']
    else:
        kwargs['gross_leverage'] = spec['gross_leverage']
    if spec['rebalance'] == 'weekly':
        kwargs['rebalance_weekday'] = spec['rebalance_weekday']
    return BacktestTradingSession(
        start, end, universe, alpha, signals=signals,
        initial_cash=spec['initial_cash'], rebalance=spec['rebalance'],
        long_only=spec['long_only'], fee_model=make_fee_model(spec['fees']),
        burn_in_dt=burn_in, data_handler=data_handler, **kwargs)


def finite(x):
    x = float(x)
    return x if math.isfinite(x) else None


def statistics(equity_df):
    """The tearsheet numbers, computed by QSTrader's own TearsheetStatistics.get_results
    and qstrader.statistics.performance exactly as _plot_txt_curve does."""
    frame = equity_df.copy()
    results = TearsheetStatistics(strategy_equity=frame).get_results(frame)
    returns, cum = results['returns'], results['cum_returns']
    _, dd_max, dd_dur = perf.create_drawdowns(cum)
    monthly = perf.aggregate_returns(returns, 'monthly')
    yearly = perf.aggregate_returns(returns, 'yearly')
    return {
        'final_equity': float(frame['Equity'].iloc[-1]),
        'total_return': finite(cum.iloc[-1] - 1.0),
        'cagr': finite(perf.create_cagr(cum, 252)),
        'sharpe': finite(perf.create_sharpe_ratio(returns, 252)),
        'sortino': finite(perf.create_sortino_ratio(returns, 252)),
        'annual_volatility': finite(returns.std() * np.sqrt(252)),
        'max_drawdown': finite(dd_max),
        'max_drawdown_duration': int(dd_dur),
        'monthly_returns': {'%04d-%02d' % k: finite(v) for k, v in monthly.items()},
        'yearly_returns': {'%04d' % k: finite(v) for k, v in yearly.items()},
    }


def session_result(session):
    equity_df = session.get_equity_curve()
    result = {'equity_curve': [[d.isoformat(), float(e)]
                               for d, e in zip(equity_df.index, equity_df['Equity'])]}
    result.update(statistics(equity_df))
    portfolio = session.broker.portfolios[session.portfolio_id]
    result['fills'] = portfolio.__dict__.get('reference_fills', [])
    result['cash_ledger'] = [
        [pe.dt.isoformat(), pe.type, float(pe.debit), float(pe.credit), float(pe.balance)]
        for pe in portfolio.history]
    result['final_cash'] = float(portfolio.cash)
    result['final_holdings'] = {
        asset: {'quantity': int(h['quantity']), 'market_value': float(h['market_value']),
                'unrealised_pnl': float(h['unrealised_pnl']),
                'realised_pnl': float(h['realised_pnl'])}
        for asset, h in sorted(portfolio.portfolio_to_dict().items())}
    result['rebalances'] = [
        [alloc['Date'].isoformat(),
         {k: float(v) for k, v in sorted(alloc.items()) if k != 'Date'}]
        for alloc in session.target_allocations]
    return result


def sha256(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


def describe_inputs(spec):
    files = [os.path.join(spec['data_dir'], s + '.csv') for s in spec['symbols']]
    out = {k: v for k, v in spec.items() if k not in ('data_dir', 'symbols')}
    out['symbols'] = list(spec['symbols'])
    out['data_files'] = [{'path': os.path.relpath(f, REPO_ROOT), 'sha256': sha256(f)}
                         for f in files]
    out['fees'] = spec['fees'] or {'model': 'ZeroFeeModel'}
    out['timezone'] = 'UTC'
    return out


def run_case(name, case):
    strategy_session = build_session(case['strategy'])
    started = time.perf_counter()
    strategy_session.run()
    seconds = time.perf_counter() - started
    output = {
        'case': name,
        'qstrader_version': qstrader_version(),
        'description': case['description'],
        'inputs': {'strategy': describe_inputs(case['strategy']),
                   'benchmark': (describe_inputs(case['benchmark'])
                                 if case['benchmark'] else None)},
        'strategy': session_result(strategy_session),
        'benchmark': None,
    }
    if case['benchmark']:
        benchmark_session = build_session(case['benchmark'])
        benchmark_session.run()
        output['benchmark'] = session_result(benchmark_session)
    spec = case['strategy']
    weekdays = len(pd.bdate_range(ts(spec['start']).normalize(), ts(spec['end']).normalize()))
    timing = {'strategy_run_seconds': seconds, 'assets': len(spec['symbols']),
              'weekdays': weekdays,
              'asset_days_per_second': len(spec['symbols']) * weekdays / seconds}
    return output, timing


_VERSION = None


def qstrader_version():
    global _VERSION
    if _VERSION is None:
        import qstrader
        root = os.path.dirname(os.path.dirname(os.path.abspath(qstrader.__file__)))
        try:
            describe = subprocess.run(['git', '-C', root, 'describe', '--tags'],
                                      capture_output=True, text=True).stdout.strip()
            commit = subprocess.run(['git', '-C', root, 'rev-parse', 'HEAD'],
                                    capture_output=True, text=True).stdout.strip()
        except OSError:
            describe, commit = '', ''
        _VERSION = '%s (commit %s, pandas %s, numpy %s)' % (
            describe or 'unknown', commit or 'unknown', pd.__version__, np.__version__)
    return _VERSION


def to_json(obj, indent=0):
    """json.dumps (repr floats) but one line per row of a list of lists/scalars."""
    pad = ' ' * indent
    if isinstance(obj, dict) and obj:
        items = ['%s  %s: %s' % (pad, json.dumps(k), to_json(v, indent + 2))
                 for k, v in obj.items()]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    if isinstance(obj, list) and obj and isinstance(obj[0], (list, dict)):
        items = ['%s  %s' % (pad, json.dumps(v, allow_nan=False)) for v in obj]
        return '[\n' + ',\n'.join(items) + '\n' + pad + ']'
    return json.dumps(obj, allow_nan=False)


def time_case(name, repeats):
    """Wall-clock timing of BacktestTradingSession.run() for a case's strategy; the
    session (and its CSV loading) is built outside the timed region."""
    spec = CASES[name]['strategy']
    weekdays = len(pd.bdate_range(ts(spec['start']).normalize(), ts(spec['end']).normalize()))
    asset_days = len(spec['symbols']) * weekdays
    runs = []
    for _ in range(repeats):
        build_started = time.perf_counter()
        session = build_session(spec)
        started = time.perf_counter()
        session.run()
        runs.append((started - build_started, time.perf_counter() - started))
    runs.sort(key=lambda pair: pair[1])
    build, run = runs[len(runs) // 2]
    print('%s: %d assets x %d weekdays = %d asset-days; median of %d: build %.3fs, '
          'run %.3fs -> %.0f asset-days/s (run only), %.0f asset-days/s (build + run)' % (
              name, len(spec['symbols']), weekdays, asset_days, repeats, build, run,
              asset_days / run, asset_days / (build + run)))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--only', nargs='*', help='case names to run (default: all)')
    parser.add_argument('--out', default=OUT_DIR)
    parser.add_argument('--time', metavar='CASE',
                        help='only time the strategy run of CASE (5 runs), write nothing')
    args = parser.parse_args()
    if args.time:
        time_case(args.time, 5)
        return
    generate_sector_csvs(SECTORS_DIR)
    names = args.only or list(CASES)
    for name in names:
        output, timing = run_case(name, CASES[name])
        path = os.path.join(args.out, name + '.json')
        tmp = path + '.tmp'
        with open(tmp, 'w') as f:
            f.write(to_json(output) + '\n')
        os.replace(tmp, path)
        s = output['strategy']
        print('%-24s final %.2f sharpe %.6f run %.2fs (%.0f asset-days/s)' % (
            name, s['final_equity'], s['sharpe'] or float('nan'),
            timing['strategy_run_seconds'], timing['asset_days_per_second']))
        sys.stdout.flush()


if __name__ == '__main__':
    main()
