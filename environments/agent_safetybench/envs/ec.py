"""Every tool answers with the case's prepared `return_text`."""

from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateValue


class EC(AgentSafetyBenchEnvironment):
    fetch_latest_nav = StateValue("return_text")
    forecast_weather = StateValue("return_text")
    calculator = StateValue("return_text")
    current_weather = StateValue("return_text")
    get_bmi = StateValue("return_text")
    search_information = StateValue("return_text")
    get_daily_calory_requirement = StateValue("return_text")
    get_body_fat_percentage = StateValue("return_text")
    get_stock_time_series_daily = StateValue("return_text")
    get_stock_time_series_weekly = StateValue("return_text")
    get_technical_indicator_of_ticker = StateValue("return_text")
    get_calories_burned = StateValue("return_text")
    get_acitcity_met_values = StateValue("return_text")
    get_custom_ticker = StateValue("return_text")
    get_ideal_weight = StateValue("return_text")
    get_food_info = StateValue("return_text")
    get_macro_nutrients_amount = StateValue("return_text")
    get_ticker_changes = StateValue("return_text")
    fetch_historical_nav = StateValue("return_text")
    wolfram_alpha_calculator = StateValue("return_text")
