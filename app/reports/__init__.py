"""PDF documents made with ReportLab: the shared A4 page (``page``), evaluation sheets blank and
filled (``sheets``), the panel's recapitulation (``recap``), and the demo's proposals."""
