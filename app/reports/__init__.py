"""Reports: the monthly Excel report (月度报表) and the open-government publication (办件公示)."""
