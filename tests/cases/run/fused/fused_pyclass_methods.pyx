# Fused def methods of Python classes (made as the class body runs, each specialization nested in
# it, so super() works), @staticmethod and @classmethod ones indexed through the class or an instance.
"""
>>> obj = SubClass(); cls = SubClass
>>> obj.normalmethod(18)
<fused_pyclass_methods.SubClass object> long 18
<fused_pyclass_methods.SubClass object> long 19
>>> cls.normalmethod(obj, 19)
<fused_pyclass_methods.SubClass object> long 19
<fused_pyclass_methods.SubClass object> long 20
>>> obj.normalmethod['short'](20)
<fused_pyclass_methods.SubClass object> short 20
<fused_pyclass_methods.SubClass object> long 21
>>> cls.normalmethod['short'](obj, 21)
<fused_pyclass_methods.SubClass object> short 21
<fused_pyclass_methods.SubClass object> long 22
>>> obj.mystaticmethod(obj, 10)
long 10
long 11
>>> cls.mystaticmethod['short'](obj, 13)
short 13
long 14
>>> obj.myclassmethod(14)
<class 'fused_pyclass_methods.SubClass'> long 14
<class 'fused_pyclass_methods.SubClass'> long 15
>>> cls.myclassmethod['short'](17)
<class 'fused_pyclass_methods.SubClass'> short 17
<class 'fused_pyclass_methods.SubClass'> long 18
>>> SubSubClass().myclassmethod['short'](12)
<class 'fused_pyclass_methods.SubSubClass'> short 12
<class 'fused_pyclass_methods.SubSubClass'> long 13
>>> NormalClass().method['short'](10)
short 10
"""
cimport cython

class BaseClass(object):
    @staticmethod
    def mystaticmethod(cython.integral arg1):
        print(cython.typeof(arg1), arg1)

    @classmethod
    def myclassmethod(cls, cython.integral arg1):
        print(cls, cython.typeof(arg1), arg1)

    def normalmethod(self, cython.integral arg1):
        print(self, cython.typeof(arg1), arg1)

    def __repr__(self):
        return "<%s.%s object>" % (__name__, type(self).__name__)

class SubClass(BaseClass):

    @staticmethod
    def mystaticmethod(self, cython.integral arg1):
        print(cython.typeof(arg1), arg1)
        super().mystaticmethod(arg1 + 1)

    @classmethod
    def myclassmethod(cls, cython.integral arg1):
        print(cls, cython.typeof(arg1), arg1)
        super().myclassmethod(arg1 + 1)

    def normalmethod(self, cython.integral arg1):
        print(self, cython.typeof(arg1), arg1)
        super().normalmethod(arg1 + 1)

class SubSubClass(SubClass):
    pass

class NormalClass(object):
    def method(self, cython.integral i):
        print(cython.typeof(i), i)
