"""The compare screen (``unspin compare … --tui``): one column per source, one row per fact.

Started through the ``unspin.apps`` entry point ``compare`` (:func:`tui.launch.compare`);
the command line has read, analysed and compared the sources before the window opens.
"""
