"""汇总 (compile and rank): the ranking table, a community's detail with its chart, the
entered scores of composite standards, the re-inspection comparison and the summary
workbook export."""
