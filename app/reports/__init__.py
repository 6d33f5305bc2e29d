"""PDF documents made with ReportLab: fonts, the demo proposals, and (later) evaluation sheets
and the recapitulation."""
